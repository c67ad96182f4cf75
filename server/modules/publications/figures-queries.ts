import type { Executor } from '../../db/connection.js';
import './tables.js';

/**
 * 印发简报 N 期, per series, for a tenant and a period (inclusive YYYY-MM-DD bounds on the 印发日期),
 * counted from the published briefings and returning their ids. Supplements (增刊) are counted
 * apart, so that "第N期" figures match the numbering.
 */
export async function briefingsIssued(db: Executor, tenantId: number, from: string, to: string) {
  const rows = await db
    .selectFrom('briefings')
    .innerJoin('briefingSeries', 'briefingSeries.id', 'briefings.seriesId')
    .select([
      'briefings.id',
      'briefings.seriesId',
      'briefingSeries.name as seriesName',
      'briefings.isSupplement',
      'briefings.number',
      'briefings.issuedOn',
    ])
    .where('briefings.tenantId', '=', tenantId)
    .where('briefings.status', '=', 'published')
    .where('briefings.issuedOn', '>=', from)
    .where('briefings.issuedOn', '<=', to)
    .orderBy('briefings.issuedOn')
    .orderBy('briefings.id')
    .execute();
  const bySeries = new Map<
    number,
    { seriesId: number; seriesName: string; count: number; supplements: number; ids: number[] }
  >();
  for (const r of rows) {
    const s = bySeries.get(r.seriesId) ?? {
      seriesId: r.seriesId,
      seriesName: r.seriesName,
      count: 0,
      supplements: 0,
      ids: [],
    };
    if (r.isSupplement === 1) s.supplements += 1;
    else s.count += 1;
    s.ids.push(r.id);
    bySeries.set(r.seriesId, s);
  }
  return { count: rows.length, ids: rows.map((r) => r.id), series: [...bySeries.values()] };
}
