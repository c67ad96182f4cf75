import './tables.js';
import type { Db } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';

/** Figures of the campaign work for the reports module: each counts records and names them. */
export interface Period {
  from: string;
  to: string;
}
export interface Figure {
  count: number;
  ids: number[];
}

const figure = (ids: number[]): Figure => ({ count: ids.length, ids });

/** 调研组: research teams formed in the period (committee-level records: the tenant is the scope). */
export async function researchTeams(db: Db, scope: DataScope, period: Period): Promise<Figure> {
  const rows = await db
    .selectFrom('wsTeams')
    .select('id')
    .where('tenantId', '=', scope.tenantId)
    .where('formedOn', '>=', period.from)
    .where('formedOn', '<=', period.to)
    .orderBy('id')
    .execute();
  return figure(rows.map((r) => r.id));
}

async function visitedUnits(db: Db, scope: DataScope, period: Period, kind: 'visit' | 'unannounced') {
  const rows = await db
    .selectFrom('wsVisits')
    .select('unitId')
    .distinct()
    .where(inScope(scope, 'ws_visits.tenant_id', 'ws_visits.unit_id'))
    .where('kind', '=', kind)
    .where('unitId', 'is not', null)
    .where('visitedOn', '>=', period.from)
    .where('visitedOn', '<=', period.to)
    .orderBy('unitId')
    .execute();
  return figure(rows.map((r) => r.unitId as number));
}

/** 走访的机关单位: distinct organ units visited by research teams in the period (ids are unit ids). */
export const unitsVisited = (db: Db, scope: DataScope, period: Period) =>
  visitedUnits(db, scope, period, 'visit');

/** 暗访的窗口单位: distinct window units visited unannounced in the period (ids are unit ids). */
export const windowUnitsVisitedUnannounced = (db: Db, scope: DataScope, period: Period) =>
  visitedUnits(db, scope, period, 'unannounced');
