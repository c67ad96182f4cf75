import type { Insertable, Updateable } from 'kysely';
import type { StudyDayListQuery } from '../../../../common/learning.js';
import type { Executor } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../tables.js';
import type { BookGiftTable, StudyDayTable } from '../tables.js';

export async function findStudyDays(db: Executor, tenantId: number, query: StudyDayListQuery) {
  let base = db.selectFrom('studyDays').where('studyDays.tenantId', '=', tenantId);
  if (query.year)
    base = base
      .where('studyDays.heldOn', '>=', `${query.year}-01-01`)
      .where('studyDays.heldOn', '<=', `${query.year}-12-31`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'studyDays.id',
      'studyDays.heldOn',
      'studyDays.theme',
      'studyDays.speakers',
      'studyDays.version',
    ])
    .orderBy(query.sort === 'heldOn' ? 'studyDays.heldOn' : 'studyDays.id', query.order)
    .orderBy('studyDays.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findStudyDayById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('studyDays')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Attendance rows of one study day, limited to the units the caller reaches. */
export function findAttendance(db: Executor, scope: DataScope, studyDayId: number) {
  return db
    .selectFrom('studyDayUnits')
    .innerJoin('units', 'units.id', 'studyDayUnits.unitId')
    .select([
      'studyDayUnits.unitId',
      'units.name as unitName',
      'studyDayUnits.status',
      'studyDayUnits.attendee',
      'studyDayUnits.reason',
    ])
    .where('studyDayUnits.studyDayId', '=', studyDayId)
    .where(inScope(scope, 'study_day_units.tenant_id', 'study_day_units.unit_id'))
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}

/** 签到 by person: the names per unit of one study day, limited to the units the caller reaches. */
export function findAttendees(db: Executor, scope: DataScope, studyDayId: number) {
  return db
    .selectFrom('studyDayAttendees')
    .select(['unitId', 'name'])
    .where('studyDayId', '=', studyDayId)
    .where(inScope(scope, 'study_day_attendees.tenant_id', 'study_day_attendees.unit_id'))
    .orderBy('unitId')
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

/** Replaces the names one unit signed in at a study day. */
export async function replaceAttendees(
  db: Executor,
  tenantId: number,
  studyDayId: number,
  unitId: number,
  names: string[],
) {
  await db
    .deleteFrom('studyDayAttendees')
    .where('studyDayId', '=', studyDayId)
    .where('unitId', '=', unitId)
    .execute();
  if (names.length)
    await db
      .insertInto('studyDayAttendees')
      .values(names.map((name, sort) => ({ tenantId, studyDayId, unitId, name, sort })))
      .execute();
}

/** Invited / present / absent counts per study day. */
export async function findCounts(db: Executor, studyDayIds: number[]) {
  const out = new Map<number, { invitedCount: number; presentCount: number; absentCount: number }>();
  for (const id of studyDayIds) out.set(id, { invitedCount: 0, presentCount: 0, absentCount: 0 });
  if (!studyDayIds.length) return out;
  const rows = await db
    .selectFrom('studyDayUnits')
    .select((eb) => ['studyDayId', 'status', eb.fn.countAll<number>().as('n')])
    .where('studyDayId', 'in', studyDayIds)
    .groupBy(['studyDayId', 'status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.studyDayId);
    if (!c) continue;
    const n = Number(r.n);
    c.invitedCount += n;
    if (r.status === 'present') c.presentCount += n;
    if (r.status === 'absent') c.absentCount += n;
  }
  return out;
}

export function findInvitedUnitIds(db: Executor, studyDayId: number) {
  return db
    .selectFrom('studyDayUnits')
    .select(['unitId', 'status'])
    .where('studyDayId', '=', studyDayId)
    .execute();
}

export function findGifts(db: Executor, studyDayIds: number[]) {
  if (!studyDayIds.length) return Promise.resolve([]);
  return db
    .selectFrom('bookGifts')
    .innerJoin('books', 'books.id', 'bookGifts.bookId')
    .leftJoin('units', 'units.id', 'bookGifts.unitId')
    .select([
      'bookGifts.id',
      'bookGifts.studyDayId',
      'bookGifts.bookId',
      'books.title as bookTitle',
      'bookGifts.copies',
      'bookGifts.recipient',
      'bookGifts.unitId',
      'units.name as unitName',
    ])
    .where('bookGifts.studyDayId', 'in', studyDayIds)
    .orderBy('bookGifts.sort')
    .orderBy('bookGifts.id')
    .execute();
}

export async function findUnitIdsIn(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return new Set<number>();
  const rows = await db
    .selectFrom('units')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertStudyDay(db: Executor, row: Insertable<StudyDayTable>) {
  return (await db.insertInto('studyDays').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateStudyDay(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<StudyDayTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('studyDays')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets the invited units: keeps the sign-in of units still invited, adds new ones as pending. */
export async function replaceInvites(db: Executor, tenantId: number, studyDayId: number, unitIds: number[]) {
  const current = await findInvitedUnitIds(db, studyDayId);
  const keep = new Set(unitIds);
  const gone = current.filter((c) => !keep.has(c.unitId)).map((c) => c.unitId);
  if (gone.length) {
    await db
      .deleteFrom('studyDayAttendees')
      .where('studyDayId', '=', studyDayId)
      .where('unitId', 'in', gone)
      .execute();
    await db
      .deleteFrom('studyDayUnits')
      .where('studyDayId', '=', studyDayId)
      .where('unitId', 'in', gone)
      .execute();
  }
  const have = new Set(current.map((c) => c.unitId));
  const added = unitIds.filter((u) => !have.has(u));
  if (added.length)
    await db
      .insertInto('studyDayUnits')
      .values(
        added.map((unitId) => ({
          tenantId,
          studyDayId,
          unitId,
          status: 'pending',
          attendee: null,
          reason: null,
        })),
      )
      .execute();
}

export async function replaceGifts(
  db: Executor,
  studyDayId: number,
  rows: Omit<Insertable<BookGiftTable>, 'studyDayId'>[],
) {
  await db.deleteFrom('bookGifts').where('studyDayId', '=', studyDayId).execute();
  if (rows.length)
    await db
      .insertInto('bookGifts')
      .values(rows.map((r) => ({ ...r, studyDayId })))
      .execute();
}

export async function setAttendance(
  db: Executor,
  studyDayId: number,
  entry: { unitId: number; status: string; attendee: string | null; reason: string | null },
) {
  await db
    .updateTable('studyDayUnits')
    .set({ status: entry.status, attendee: entry.attendee, reason: entry.reason })
    .where('studyDayId', '=', studyDayId)
    .where('unitId', '=', entry.unitId)
    .execute();
}

export async function touchStudyDay(db: Executor, id: number, version: number, updatedAt: string) {
  return updateStudyDay(db, id, version, { updatedAt });
}

export async function deleteStudyDay(db: Executor, id: number) {
  await db.deleteFrom('bookGifts').where('studyDayId', '=', id).execute();
  await db.deleteFrom('studyDayAttendees').where('studyDayId', '=', id).execute();
  await db.deleteFrom('studyDayUnits').where('studyDayId', '=', id).execute();
  await db.deleteFrom('studyDays').where('id', '=', id).execute();
}
