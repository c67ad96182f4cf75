import type { Db } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../../assessments/tables.js';

/** The units of a scope with their area, in the committee's order (the rows of the heat map). */
export function unitsInScope(db: Db, scope: DataScope) {
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select(['units.id', 'units.name', 'units.shortName', 'units.sort', 'areas.name as areaName'])
    .where(inScope(scope, 'units.tenant_id', 'units.id'))
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}

/**
 * Assessment schemes of the committee whose assessment period overlaps [from, to] and that assess
 * at least one unit of the scope; `publishedOnly` for callers who see published results only.
 */
export function schemesOverlapping(
  db: Db,
  scope: DataScope,
  from: string,
  to: string,
  publishedOnly: boolean,
) {
  let q = db
    .selectFrom('assessmentSchemes as s')
    .select(['s.id', 's.name', 's.year', 's.periodStart', 's.periodEnd', 's.status'])
    .where('s.tenantId', '=', scope.tenantId)
    .where('s.periodStart', '<=', to)
    .where('s.periodEnd', '>=', from)
    .where('s.id', 'in', (eb) =>
      eb
        .selectFrom('assessmentSchemeUnits as su')
        .select('su.schemeId')
        .where(inScope(scope, 'su.tenant_id', 'su.unit_id')),
    );
  if (publishedOnly) q = q.where('s.status', '=', 'published');
  return q.orderBy('s.periodEnd', 'desc').orderBy('s.id').execute();
}
