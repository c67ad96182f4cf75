import type { Insertable, Updateable } from 'kysely';
import type { SchemeListQuery } from '../../../../common/assessments.js';
import type { Executor } from '../../../db/connection.js';
import type { AssessmentBodyTable, AssessmentIndicatorTable, AssessmentSchemeTable } from '../tables.js';
import '../tables.js';

/** Which schemes a list may show: all of the tenant, only those the user is a member of, or only published ones with given units. */
export type SchemeFilter =
  | { kind: 'tenant'; tenantId: number }
  | { kind: 'member'; tenantId: number; userId: number }
  | { kind: 'published-for-units'; tenantId: number; unitIds: number[] };

const SORTS = {
  year: 'assessmentSchemes.year',
  name: 'assessmentSchemes.name',
  createdAt: 'assessmentSchemes.createdAt',
} as const;

export async function findSchemes(db: Executor, filter: SchemeFilter, query: SchemeListQuery) {
  let base = db.selectFrom('assessmentSchemes').where('assessmentSchemes.tenantId', '=', filter.tenantId);
  if (filter.kind === 'member') {
    base = base.where('assessmentSchemes.id', 'in', (eb) =>
      eb.selectFrom('assessmentBodyMembers').select('schemeId').where('userId', '=', filter.userId),
    );
  }
  if (filter.kind === 'published-for-units') {
    base = base
      .where('assessmentSchemes.status', '=', 'published')
      .where('assessmentSchemes.id', 'in', (eb) =>
        eb
          .selectFrom('assessmentSchemeUnits')
          .select('schemeId')
          .where('unitId', 'in', filter.unitIds.length ? filter.unitIds : [0]),
      );
  }
  if (query.year) base = base.where('assessmentSchemes.year', '=', query.year);
  if (query.status) base = base.where('assessmentSchemes.status', '=', query.status);
  if (query.kind) base = base.where('assessmentSchemes.kind', '=', query.kind);
  if (query.q) base = base.where('assessmentSchemes.name', 'like', `%${query.q}%`);
  const total = Number(
    (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const rows = await base
    .selectAll('assessmentSchemes')
    .select((eb) =>
      eb
        .selectFrom('assessmentSchemeUnits')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('assessmentSchemeUnits.schemeId', '=', 'assessmentSchemes.id')
        .as('unitCount'),
    )
    .orderBy(SORTS[query.sort], query.order)
    .orderBy('assessmentSchemes.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total };
}

export function findSchemeById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('assessmentSchemes')
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom('assessmentSchemeUnits')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('assessmentSchemeUnits.schemeId', '=', 'assessmentSchemes.id')
        .as('unitCount'),
    )
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type SchemeRow = NonNullable<Awaited<ReturnType<typeof findSchemeById>>>;

export async function insertScheme(db: Executor, row: Insertable<AssessmentSchemeTable>) {
  return (await db.insertInto('assessmentSchemes').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a scheme at the given version; false when the version is stale. */
export async function updateScheme(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<AssessmentSchemeTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('assessmentSchemes')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Bumps the scheme's version after a change to its parts, so concurrent structure edits see each other. */
export async function touchScheme(db: Executor, id: number, at: string) {
  await db
    .updateTable('assessmentSchemes')
    .set((eb) => ({ updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export function findBodies(db: Executor, schemeId: number) {
  return db
    .selectFrom('assessmentBodies')
    .selectAll()
    .where('schemeId', '=', schemeId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export function findMembers(db: Executor, schemeId: number) {
  return db
    .selectFrom('assessmentBodyMembers')
    .innerJoin('users', 'users.id', 'assessmentBodyMembers.userId')
    .select(['assessmentBodyMembers.bodyId', 'users.id', 'users.displayName'])
    .where('assessmentBodyMembers.schemeId', '=', schemeId)
    .orderBy('users.id')
    .execute();
}

export async function findMemberBodyIds(db: Executor, schemeId: number, userId: number) {
  const rows = await db
    .selectFrom('assessmentBodyMembers')
    .select('bodyId')
    .where('schemeId', '=', schemeId)
    .where('userId', '=', userId)
    .execute();
  return rows.map((r) => r.bodyId);
}

export async function insertBody(db: Executor, row: Insertable<AssessmentBodyTable>) {
  return (await db.insertInto('assessmentBodies').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBody(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<AssessmentBodyTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('assessmentBodies')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceMembers(
  db: Executor,
  tenantId: number,
  schemeId: number,
  bodyId: number,
  userIds: number[],
) {
  await db.deleteFrom('assessmentBodyMembers').where('bodyId', '=', bodyId).execute();
  if (userIds.length)
    await db
      .insertInto('assessmentBodyMembers')
      .values(userIds.map((userId) => ({ tenantId, schemeId, bodyId, userId })))
      .execute();
}

export async function deleteBody(db: Executor, id: number) {
  await db.deleteFrom('assessmentBodyMembers').where('bodyId', '=', id).execute();
  await db.deleteFrom('assessmentBodies').where('id', '=', id).execute();
}

export function findUsersInTenant(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'roles'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .where('disabled', '=', 0)
    .execute();
}

export function findIndicators(db: Executor, schemeId: number) {
  return db
    .selectFrom('assessmentIndicators')
    .selectAll()
    .where('schemeId', '=', schemeId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function insertIndicator(db: Executor, row: Insertable<AssessmentIndicatorTable>) {
  return (await db.insertInto('assessmentIndicators').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function updateIndicator(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<AssessmentIndicatorTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('assessmentIndicators')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteIndicator(db: Executor, id: number) {
  await db.deleteFrom('assessmentIndicators').where('id', '=', id).execute();
}

export function findSchemeUnits(db: Executor, schemeId: number) {
  return db
    .selectFrom('assessmentSchemeUnits')
    .innerJoin('units', 'units.id', 'assessmentSchemeUnits.unitId')
    .select(['assessmentSchemeUnits.unitId', 'units.name', 'assessmentSchemeUnits.category', 'units.areaId'])
    .where('assessmentSchemeUnits.schemeId', '=', schemeId)
    .orderBy('assessmentSchemeUnits.category')
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}

export function findUnitsForScheme(db: Executor, tenantId: number, unitIds: number[]) {
  return db
    .selectFrom('units')
    .select(['id', 'category'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', unitIds)
    .execute();
}

export async function replaceSchemeUnits(
  db: Executor,
  tenantId: number,
  schemeId: number,
  units: { id: number; category: string }[],
) {
  await db.deleteFrom('assessmentSchemeUnits').where('schemeId', '=', schemeId).execute();
  await db
    .insertInto('assessmentSchemeUnits')
    .values(units.map((u) => ({ tenantId, schemeId, unitId: u.id, category: u.category })))
    .execute();
}

/** Accounts that may sit on a scoring body: committee leaders and staff, and efficiency-office evaluators. */
export function findCandidateMembers(db: Executor, tenantId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'displayName', 'roles'])
    .where('tenantId', '=', tenantId)
    .where('disabled', '=', 0)
    .where((eb) =>
      eb.or(
        ['committee_leader', 'committee_staff', 'efficiency_evaluator'].map((r) =>
          eb('roles', 'like', `%"${r}"%`),
        ),
      ),
    )
    .orderBy('id')
    .execute();
}
