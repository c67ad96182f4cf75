import { sql } from 'kysely';
import type { RegisterQuery } from '../../../../common/inspections.js';
import type { Db, Executor } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../tables.js';

const SORTS = { inspectedOn: 'r.inspected_on', unit: 'u.sort', category: 'i.category' } as const;

/** Good practices or shortcomings of submitted records, inside the caller's scope. */
function registerBase(db: Executor, scope: DataScope, kind: string, query: RegisterQuery) {
  let q = db
    .selectFrom('inspectionItems as i')
    .innerJoin('inspectionSessions as s', 's.id', 'i.sessionId')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .innerJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .leftJoin('areas as a', 'a.id', 'u.areaId')
    .select([
      'i.id',
      'i.sessionId',
      'p.year',
      's.unitId',
      'u.name as unitName',
      'a.name as areaName',
      'r.inspectedOn',
      'i.category as itemCategory',
      'i.content',
    ])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('i.kind', '=', kind)
    .where('r.status', '=', 'submitted');
  if (query.year) q = q.where('p.year', '=', query.year);
  if (query.areaId) q = q.where('u.areaId', '=', query.areaId);
  if (query.unitId) q = q.where('s.unitId', '=', query.unitId);
  if (query.itemCategory) q = q.where('i.category', '=', query.itemCategory);
  if (query.q) {
    const like = `%${query.q}%`;
    q = q.where((eb) => eb.or([eb('i.content', 'like', like), eb('u.name', 'like', like)]));
  }
  return q;
}

export async function findRegister(db: Db, scope: DataScope, kind: string, query: RegisterQuery) {
  const base = registerBase(db, scope, kind, query);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(SORTS[query.sort]), query.order)
    .orderBy('i.id')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

/** The whole filtered register for export (capped by the caller). */
export function findRegisterForExport(
  db: Db,
  scope: DataScope,
  kind: string,
  query: RegisterQuery,
  limit: number,
) {
  return registerBase(db, scope, kind, query)
    .orderBy(sql.ref(SORTS[query.sort]), query.order)
    .orderBy('i.id')
    .limit(limit)
    .execute();
}

/** Per inspected session of a year: what the ranking is computed from. */
export function findRankingInputs(db: Db, scope: DataScope, year: number) {
  return db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .innerJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .leftJoin('areas as a', 'a.id', 'u.areaId')
    .leftJoin('inspectionStudyPlans as first', (join) =>
      join.onRef('first.sessionId', '=', 's.id').on('first.versionNo', '=', 1),
    )
    .select((eb) => [
      's.id as sessionId',
      's.unitId',
      'u.name as unitName',
      'a.name as areaName',
      'r.inspectedOn',
      'r.grade',
      'r.scores',
      'first.late as firstLate',
      'first.id as firstStudyPlanId',
      eb
        .selectFrom('inspectionItems as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.sessionId', '=', 's.id')
        .where('i.kind', '=', 'practice')
        .as('practices'),
      eb
        .selectFrom('inspectionItems as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.sessionId', '=', 's.id')
        .where('i.kind', '=', 'shortcoming')
        .as('shortcomings'),
    ])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.year', '=', year)
    .where('r.status', '=', 'submitted')
    .orderBy('u.sort')
    .execute();
}
