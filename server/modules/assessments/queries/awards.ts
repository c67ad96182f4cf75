import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/connection.js';
import type { AssessmentAwardTable } from '../tables.js';
import '../tables.js';

export function findAwards(db: Executor, tenantId: number, schemeId?: number) {
  let q = db
    .selectFrom('assessmentAwards')
    .innerJoin('assessmentSchemes', 'assessmentSchemes.id', 'assessmentAwards.schemeId')
    .selectAll('assessmentAwards')
    .select(['assessmentSchemes.name as schemeName', 'assessmentSchemes.year as schemeYear'])
    .where('assessmentAwards.tenantId', '=', tenantId);
  if (schemeId) q = q.where('assessmentAwards.schemeId', '=', schemeId);
  return q.orderBy('assessmentAwards.id', 'desc').execute();
}
export type AwardRow = Awaited<ReturnType<typeof findAwards>>[number];

export async function findAwardById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('assessmentAwards')
    .innerJoin('assessmentSchemes', 'assessmentSchemes.id', 'assessmentAwards.schemeId')
    .selectAll('assessmentAwards')
    .select(['assessmentSchemes.name as schemeName', 'assessmentSchemes.year as schemeYear'])
    .where('assessmentAwards.tenantId', '=', tenantId)
    .where('assessmentAwards.id', '=', id)
    .executeTakeFirst();
}

export async function insertAward(db: Executor, row: Insertable<AssessmentAwardTable>) {
  return (await db.insertInto('assessmentAwards').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAward(
  db: Executor,
  id: number,
  version: number | null,
  values: Omit<Updateable<AssessmentAwardTable>, 'id' | 'version'>,
) {
  let q = db
    .updateTable('assessmentAwards')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEntries(
  db: Executor,
  rows: {
    tenantId: number;
    awardId: number;
    unitId: number;
    category: string;
    rank: number;
    total: number;
  }[],
) {
  if (rows.length) await db.insertInto('assessmentAwardEntries').values(rows).execute();
}

export function findEntries(db: Executor, awardIds: number[]) {
  return db
    .selectFrom('assessmentAwardEntries')
    .innerJoin('units', 'units.id', 'assessmentAwardEntries.unitId')
    .selectAll('assessmentAwardEntries')
    .select('units.name as unitName')
    .where('assessmentAwardEntries.awardId', 'in', awardIds.length ? awardIds : [0])
    .orderBy('assessmentAwardEntries.category')
    .orderBy('assessmentAwardEntries.rank')
    .orderBy('units.sort')
    .execute();
}

export async function withdrawEntry(db: Executor, awardId: number, unitId: number, reason: string) {
  await db
    .updateTable('assessmentAwardEntries')
    .set({ withdrawn: 1, withdrawnReason: reason })
    .where('awardId', '=', awardId)
    .where('unitId', '=', unitId)
    .execute();
}

export function findObjections(db: Executor, awardIds: number[]) {
  return db
    .selectFrom('assessmentObjections')
    .innerJoin('units', 'units.id', 'assessmentObjections.unitId')
    .selectAll('assessmentObjections')
    .select('units.name as unitName')
    .where('assessmentObjections.awardId', 'in', awardIds.length ? awardIds : [0])
    .orderBy('assessmentObjections.id')
    .execute();
}

export async function insertObjection(
  db: Executor,
  row: {
    tenantId: number;
    awardId: number;
    unitId: number;
    content: string;
    raisedBy: string | null;
    receivedOn: string;
    recordedBy: number;
    createdAt: string;
  },
) {
  return (
    await db
      .insertInto('assessmentObjections')
      .values({ ...row, status: 'open' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export function findObjectionById(db: Executor, awardId: number, id: number) {
  return db
    .selectFrom('assessmentObjections')
    .selectAll()
    .where('awardId', '=', awardId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function resolveObjection(
  db: Executor,
  id: number,
  values: { status: string; resolution: string; resolvedBy: number; resolvedAt: string },
) {
  const r = await db
    .updateTable('assessmentObjections')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findTenantName(db: Executor, tenantId: number) {
  return (await db.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow())
    .name;
}

/** Drops an award's entries (before the nominated units are replaced). */
export async function deleteEntries(db: Executor, awardId: number) {
  await db.deleteFrom('assessmentAwardEntries').where('awardId', '=', awardId).execute();
}

/** Awards of the tenant in the given statuses (for the leader's to-dos). */
export function findAwardsByStatus(db: Executor, tenantId: number, statuses: string[]) {
  return db
    .selectFrom('assessmentAwards')
    .innerJoin('assessmentSchemes', 'assessmentSchemes.id', 'assessmentAwards.schemeId')
    .select([
      'assessmentAwards.id',
      'assessmentAwards.title',
      'assessmentAwards.status',
      'assessmentAwards.publicityEnd',
      'assessmentSchemes.name as schemeName',
    ])
    .where('assessmentAwards.tenantId', '=', tenantId)
    .where('assessmentAwards.status', 'in', statuses)
    .orderBy('assessmentAwards.id')
    .execute();
}
