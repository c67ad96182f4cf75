import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

type Row = Record<string, unknown> & { id: number };

/**
 * Labels for the records a figure counted, read from the owning module's table by id, so the
 * drill-down says "市财政局：窗口服务态度生硬" rather than "problem 17". Read-only; one query per figure.
 */
export async function labelRows(
  db: Db,
  table: string,
  ids: number[],
  columns: string[],
): Promise<Map<number, Row>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: Row[] = [];
  // Chunked so that very large figures stay under the databases' parameter limits.
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const result =
      await sql<Row>`select id, ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} where id in (${sql.join(chunk)})`.execute(
        db,
      );
    rows.push(...result.rows);
  }
  return new Map(rows.map((r) => [Number(r.id), r]));
}

export async function unitNameMap(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = await labelRows(db, 'units', ids, ['name']);
  return new Map([...rows].map(([id, r]) => [id, String(r.name)]));
}

/** The unit ids a scope reaches (null = the whole tenant), for figures whose module counts per tenant. */
export async function unitIdsInScope(
  db: Db,
  scope: { tenantId: number; unitIds: number[] | null; areaIds: number[] | null },
) {
  if (scope.unitIds) return new Set(scope.unitIds);
  if (!scope.areaIds) return null;
  if (scope.areaIds.length === 0) return new Set<number>();
  const rows = await db
    .selectFrom('units')
    .select('id')
    .where('tenantId', '=', scope.tenantId)
    .where('areaId', 'in', scope.areaIds)
    .execute();
  return new Set(rows.map((r) => r.id));
}
