import type { Db } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../../inspections/tables.js';
import '../../learning/tables.js';
import '../../documents/tables.js';
import '../../tasks/tables.js';
import '../../mechanisms/tables.js';
import '../tables.js';

/** Good practices or shortcomings recorded at the given sessions, with the unit they concern. */
export function inspectionItemsOf(db: Db, sessionIds: number[], kind: string) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspectionItems as i')
    .innerJoin('inspectionSessions as s', 's.id', 'i.sessionId')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .select(['i.id', 'i.category', 'i.content', 'u.name as unitName'])
    .where('i.sessionId', 'in', sessionIds)
    .where('i.kind', '=', kind)
    .orderBy('i.id')
    .execute();
}

/** Sessions whose first study plan reached the committee less than a week ahead (迟报). */
export async function lateStudyPlansOf(db: Db, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('inspectionStudyPlans as p')
    .innerJoin('units as u', 'u.id', 'p.unitId')
    .select(['p.sessionId', 'u.name as unitName', 'p.daysAhead'])
    .distinct()
    .where('p.sessionId', 'in', sessionIds)
    .where('p.versionNo', '=', 1)
    .where('p.late', '=', 1)
    .orderBy('p.sessionId')
    .execute();
}

/** Documents issued (成文日期) in the period. */
export function issuedDocumentsBetween(db: Db, tenantId: number, from: string, to: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'docNumber', 'title'])
    .where('tenantId', '=', tenantId)
    .where('status', '=', 'issued')
    .where('writtenOn', '>=', from)
    .where('writtenOn', '<=', to)
    .orderBy('writtenOn')
    .orderBy('id')
    .execute();
}

/** Task report slots labelled "unit：task title（due）". */
export async function slotLabels(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('taskSlots as s')
    .innerJoin('tasks as t', 't.id', 's.taskId')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .select(['s.id', 't.title', 'u.name as unitName', 's.dueOn'])
    .where('s.id', 'in', ids)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ type: 'task_slot', id: r.id, label: `${r.unitName}：${r.title}（${r.dueOn}）` }));
}

/** Mechanism element adoptions labelled "unit：element". */
export async function adoptionLabels(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('mechanismAdoptions as a')
    .innerJoin('mechanismElements as e', 'e.id', 'a.elementId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select(['a.id', 'e.name', 'u.name as unitName'])
    .where('a.id', 'in', ids)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ type: 'mechanism_adoption', id: r.id, label: `${r.unitName}：${r.name}` }));
}

/** The distinct tasks behind a set of report slots. */
export async function tasksOfSlots(db: Db, slotIds: number[]) {
  if (slotIds.length === 0) return [];
  const rows = await db
    .selectFrom('taskSlots as s')
    .innerJoin('tasks as t', 't.id', 's.taskId')
    .select(['t.id', 't.title'])
    .distinct()
    .where('s.id', 'in', slotIds)
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({ type: 'task', id: r.id, label: r.title }));
}

/** Published briefings (印发日期 in the period) of the series that belong to a 作风建设 campaign. */
export function campaignBriefingsBetween(db: Db, tenantId: number, from: string, to: string) {
  return db
    .selectFrom('briefings as b')
    .innerJoin('briefingSeries as s', 's.id', 'b.seriesId')
    .select(['b.id', 'b.year', 'b.number', 'b.title', 's.name as seriesName'])
    .where('b.tenantId', '=', tenantId)
    .where('b.status', '=', 'published')
    .where('s.campaignId', 'is not', null)
    .where('b.issuedOn', '>=', from)
    .where('b.issuedOn', '<=', to)
    .orderBy('b.issuedOn')
    .orderBy('b.id')
    .execute();
}

/**
 * Invitations of the units in scope to the study days held in the period, with their 签到 status
 * (present / absent / pending), labelled "date《theme》：unit".
 */
export function studyDayInvitationsBetween(db: Db, scope: DataScope, from: string, to: string) {
  return db
    .selectFrom('studyDayUnits as a')
    .innerJoin('studyDays as d', 'd.id', 'a.studyDayId')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .select(['a.id', 'a.unitId', 'a.status', 'd.heldOn', 'd.theme', 'u.name as unitName'])
    .where(inScope(scope, 'a.tenant_id', 'a.unit_id'))
    .where('d.heldOn', '>=', from)
    .where('d.heldOn', '<=', to)
    .orderBy('d.heldOn')
    .orderBy('a.studyDayId')
    .orderBy('u.sort')
    .orderBy('a.id')
    .execute();
}

/**
 * Sessions of issued 巡听 plans whose planned month falls inside the period (the sessions due in
 * it), with their unit, in scope.
 */
export async function sessionsPlannedBetween(db: Db, scope: DataScope, from: string, to: string) {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const rows = await db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .select(['s.id as sessionId', 's.unitId', 'p.year', 's.plannedMonth'])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.status', '=', 'issued')
    .where('p.year', 'in', years)
    .orderBy('s.id')
    .execute();
  const month = (r: { year: number; plannedMonth: number }) =>
    `${r.year}-${String(r.plannedMonth).padStart(2, '0')}`;
  return rows.filter((r) => month(r) >= from.slice(0, 7) && month(r) <= to.slice(0, 7));
}
