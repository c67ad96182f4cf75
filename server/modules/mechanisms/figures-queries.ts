import { adoptionCell } from '../../../common/mechanisms.js';
import type { Executor } from '../../db/connection.js';
import './tables.js';

/**
 * Mechanism rollout figures for the reports module, as of the end of a period: for each mechanism
 * the participating units, the element adoptions accepted as done by `asOf` (their ids), the
 * adoption rate, and the lagging units — those below half of the overall rate, or with nothing
 * accepted at all — with the ids behind every number.
 */
export async function mechanismFigures(db: Executor, tenantId: number, asOf: string) {
  const cutoff = `${asOf}T23:59:59.999+08:00`;
  const cutoffIso = new Date(cutoff).toISOString();
  const mechanisms = await db
    .selectFrom('mechanisms')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const out = [];
  for (const m of mechanisms) {
    const elements = await db
      .selectFrom('mechanismElements')
      .select('id')
      .where('mechanismId', '=', m.id)
      .execute();
    const units = await db
      .selectFrom('mechanismUnits')
      .select(['unitId', 'isPilot'])
      .where('mechanismId', '=', m.id)
      .execute();
    const adoptions = await db
      .selectFrom('mechanismAdoptions')
      .select(['id', 'unitId', 'status', 'reviewStatus', 'reviewedAt'])
      .where('mechanismId', '=', m.id)
      .execute();
    const done = adoptions.filter(
      (a) => adoptionCell(a) === 'done' && a.reviewedAt !== null && a.reviewedAt <= cutoffIso,
    );
    const cellsPerUnit = elements.length;
    const rate = units.length && cellsPerUnit ? done.length / (units.length * cellsPerUnit) : 0;
    const perUnit = units.map((u) => {
      const ids = done.filter((a) => a.unitId === u.unitId).map((a) => a.id);
      return {
        unitId: u.unitId,
        isPilot: u.isPilot === 1,
        doneAdoptionIds: ids,
        rate: cellsPerUnit ? ids.length / cellsPerUnit : 0,
      };
    });
    const lagging = perUnit.filter((u) => u.doneAdoptionIds.length === 0 || u.rate < rate / 2);
    out.push({
      mechanismId: m.id,
      name: m.name,
      unitIds: units.map((u) => u.unitId),
      elementIds: elements.map((e) => e.id),
      doneAdoptionIds: done.map((a) => a.id),
      rate: Math.round(rate * 1000) / 10,
      laggingUnitIds: lagging.map((u) => u.unitId),
      perUnit,
    });
  }
  return out;
}
