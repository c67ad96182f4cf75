import { type Insertable, sql, type Updateable } from 'kysely';
import type { SessionListQuery } from '../../../../common/inspections.js';
import type { Db, Executor } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../tables.js';
import type { InspectionSessionTable } from '../tables.js';

/** Session rows with what the lists show: unit, area, plan, latest study plan, record. */
export function sessionSelect(db: Executor) {
  return db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .leftJoin('areas as a', 'a.id', 'u.areaId')
    .leftJoin('inspectionStudyPlans as sp', (join) =>
      join
        .onRef('sp.sessionId', '=', 's.id')
        .on(
          'sp.versionNo',
          '=',
          sql<number>`(select max(x.version_no) from inspection_study_plans x where x.session_id = s.id)`,
        ),
    )
    .leftJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .select([
      's.id',
      's.tenantId',
      's.planId',
      'p.year',
      'p.status as planStatus',
      's.unitId',
      'u.name as unitName',
      'u.areaId',
      'a.name as areaName',
      's.plannedMonth',
      's.scheduledDate',
      'sp.sessionDate as studyPlanDate',
      'sp.topic',
      'sp.status as studyPlanStatus',
      'sp.late as studyPlanLate',
      'r.status as recordStatus',
      'r.inspectedOn',
      'r.grade',
      'r.acknowledgedAt',
      'r.feedback',
      's.version',
    ]);
}
export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionSelect>['executeTakeFirstOrThrow']>>;

const SORTS = {
  month: 's.planned_month',
  unit: 'u.sort',
  date: 'effective_date',
  inspectedOn: 'r.inspected_on',
} as const;

export interface SessionFilter {
  issuedOnly: boolean;
  memberUserId?: number;
}

export async function findSessions(db: Db, scope: DataScope, query: SessionListQuery, filter: SessionFilter) {
  let base = sessionSelect(db).where(inScope(scope, 's.tenant_id', 's.unit_id'));
  if (filter.issuedOnly) base = base.where('p.status', '=', 'issued');
  if (filter.memberUserId !== undefined) {
    const userId = filter.memberUserId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('inspectionTeamMembers as t')
          .select('t.id')
          .whereRef('t.sessionId', '=', 's.id')
          .where('t.userId', '=', userId),
      ),
    );
  }
  if (query.year) base = base.where('p.year', '=', query.year);
  if (query.planId) base = base.where('s.planId', '=', query.planId);
  if (query.areaId) base = base.where('u.areaId', '=', query.areaId);
  if (query.unitId) base = base.where('s.unitId', '=', query.unitId);
  if (query.month) base = base.where('s.plannedMonth', '=', query.month);
  if (query.inspected === 'true') base = base.where('r.status', '=', 'submitted');
  if (query.inspected === 'false')
    base = base.where((eb) => eb.or([eb('r.status', 'is', null), eb('r.status', '!=', 'submitted')]));
  if (query.q) base = base.where('u.name', 'like', `%${query.q}%`);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .select(sql<string | null>`coalesce(sp.session_date, s.scheduled_date)`.as('effectiveDate'))
    .orderBy(sql.ref(SORTS[query.sort]), query.order)
    .orderBy('u.sort')
    .orderBy('s.id')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

/** Every session of a plan inside the scope (calendar, todos); no paging: a plan has at most a few hundred. */
export function findSessionsOfPlan(db: Executor, scope: DataScope, planId: number, areaId?: number) {
  let q = sessionSelect(db)
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('s.planId', '=', planId);
  if (areaId) q = q.where('u.areaId', '=', areaId);
  return q.orderBy('s.plannedMonth').orderBy('u.sort').orderBy('s.id').execute();
}

export function findSessionById(db: Executor, tenantId: number, id: number) {
  return sessionSelect(db).where('s.tenantId', '=', tenantId).where('s.id', '=', id).executeTakeFirst();
}

export async function insertSession(db: Executor, row: Insertable<InspectionSessionTable>) {
  return (await db.insertInto('inspectionSessions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSession(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<InspectionSessionTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('inspectionSessions')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Bumps a session's version when something under it changes (study plan, record), for list caches and locking. */
export async function touchSession(db: Executor, id: number, now: string) {
  await db
    .updateTable('inspectionSessions')
    .set((eb) => ({ updatedAt: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function findPlanSessionUnits(db: Executor, planId: number) {
  return db.selectFrom('inspectionSessions').select(['id', 'unitId']).where('planId', '=', planId).execute();
}

export async function deleteSessions(db: Executor, ids: number[]) {
  if (!ids.length) return;
  await db.deleteFrom('inspectionTeamMembers').where('sessionId', 'in', ids).execute();
  await db.deleteFrom('inspectionSessions').where('id', 'in', ids).execute();
}

// ---- team ---------------------------------------------------------------------------------------------

export function findTeam(db: Executor, sessionId: number) {
  return db
    .selectFrom('inspectionTeamMembers as t')
    .innerJoin('users', 'users.id', 't.userId')
    .select(['users.id as userId', 'users.displayName as name', 'users.roles'])
    .where('t.sessionId', '=', sessionId)
    .orderBy('t.id')
    .execute();
}

export async function isTeamMember(db: Executor, sessionId: number, userId: number) {
  const row = await db
    .selectFrom('inspectionTeamMembers')
    .select('id')
    .where('sessionId', '=', sessionId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return !!row;
}

export async function replaceTeam(db: Executor, tenantId: number, sessionId: number, userIds: number[]) {
  await db.deleteFrom('inspectionTeamMembers').where('sessionId', '=', sessionId).execute();
  if (userIds.length)
    await db
      .insertInto('inspectionTeamMembers')
      .values(userIds.map((userId) => ({ tenantId, sessionId, userId })))
      .execute();
}

export function findUsersByIds(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'displayName', 'roles', 'departmentId', 'disabled'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

export function findAreaLeaderAreas(db: Executor, tenantId: number, userIds: number[]) {
  if (!userIds.length) return Promise.resolve([]);
  return db
    .selectFrom('areas')
    .select(['id', 'leaderUserId'])
    .where('tenantId', '=', tenantId)
    .where('leaderUserId', 'in', userIds)
    .execute();
}

/** Enabled users who may sit on a team: committee staff/leaders, and the leader of the given area. */
export function findTeamCandidates(db: Executor, tenantId: number, areaId: number | null) {
  return db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select([
      'users.id as userId',
      'users.displayName as name',
      'users.roles',
      'departments.name as departmentName',
    ])
    .where('users.tenantId', '=', tenantId)
    .where('users.disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb('users.roles', 'like', '%"committee_staff"%'),
        eb('users.roles', 'like', '%"committee_leader"%'),
        eb(
          'users.id',
          'in',
          eb
            .selectFrom('areas')
            .select('leaderUserId')
            .where('id', '=', areaId ?? 0),
        ),
      ]),
    )
    .orderBy('departments.id')
    .orderBy('users.id')
    .execute();
}
