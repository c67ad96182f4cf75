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
  // Four queries for the committee (not three per mechanism), grouped by mechanism below.
  const mechanisms = await db
    .selectFrom('mechanisms')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const allElements = await db
    .selectFrom('mechanismElements')
    .select(['id', 'mechanismId'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const allUnits = await db
    .selectFrom('mechanismUnits')
    .select(['mechanismId', 'unitId', 'isPilot'])
    .where('tenantId', '=', tenantId)
    .orderBy('mechanismId')
    .orderBy('unitId')
    .execute();
  const allAdoptions = await db
    .selectFrom('mechanismAdoptions')
    .select(['id', 'mechanismId', 'unitId', 'status', 'reviewStatus', 'reviewedAt'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const of = <T extends { mechanismId: number }>(rows: T[], id: number) =>
    rows.filter((r) => r.mechanismId === id);
  const out = [];
  for (const m of mechanisms) {
    const elements = of(allElements, m.id);
    const units = of(allUnits, m.id);
    const adoptions = of(allAdoptions, m.id);
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
