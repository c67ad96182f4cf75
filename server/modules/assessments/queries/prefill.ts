import type { Executor } from '../../../db/connection.js';
import '../../inspections/tables.js';
import '../../learning/tables.js';
import '../../tasks/tables.js';
import { overdueSql } from '../../problems/queries.js';

/** Party organisations (not 党组, which are approved rather than elected) whose term ended before a date. */
export function findTermOverduePartyOrgs(db: Executor, tenantId: number, unitIds: number[], before: string) {
  return db
    .selectFrom('partyOrgs')
    .select(['id', 'unitId', 'name', 'termEnd'])
    .where('tenantId', '=', tenantId)
    .where('unitId', 'in', unitIds.length ? unitIds : [0])
    .where('type', '<>', 'party_group')
    .where('termEnd', 'is not', null)
    .where('termEnd', '<', before)
    .orderBy('unitId')
    .orderBy('id')
    .execute();
}

/** Party organisations without a secretary on record. */
export function findSecretaryVacantPartyOrgs(db: Executor, tenantId: number, unitIds: number[]) {
  return db
    .selectFrom('partyOrgs')
    .select(['id', 'unitId', 'name'])
    .where('tenantId', '=', tenantId)
    .where('unitId', 'in', unitIds.length ? unitIds : [0])
    .where((eb) => eb.or([eb('secretary', 'is', null), eb('secretary', '=', '')]))
    .orderBy('unitId')
    .orderBy('id')
    .execute();
}

/**
 * Work-style problems of the period that are overdue at the reference date, with the problems
 * module's own definition of overdue (its SQL twin of `isOverdue`), so both modules count alike.
 */
export function findOverdueProblems(
  db: Executor,
  tenantId: number,
  unitIds: number[],
  period: { start: string; end: string },
  asOf: string,
) {
  return db
    .selectFrom('problems')
    .select(['id', 'unitId', 'code', 'description', 'deadlineOn', 'replyBy'])
    .where('tenantId', '=', tenantId)
    .where('unitId', 'in', unitIds.length ? unitIds : [0])
    .where('foundOn', '>=', period.start)
    .where('foundOn', '<=', period.end)
    .where(overdueSql(asOf))
    .orderBy('unitId')
    .orderBy('id')
    .execute();
}

/**
 * Graded 巡听 records of the period: submitted records of issued plans inspected inside the period
 * (the inspections module's own rule for "inspected", see its figures), with their grade.
 */
export function findGradedInspections(
  db: Executor,
  tenantId: number,
  unitIds: number[],
  period: { start: string; end: string },
) {
  return db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .select(['s.id as sessionId', 's.unitId', 'r.inspectedOn', 'r.grade'])
    .where('s.tenantId', '=', tenantId)
    .where('s.unitId', 'in', unitIds.length ? unitIds : [0])
    .where('p.status', '=', 'issued')
    .where('r.status', '=', 'submitted')
    .where('r.grade', 'is not', null)
    .where('r.inspectedOn', '>=', period.start)
    .where('r.inspectedOn', '<=', period.end)
    .orderBy('s.unitId')
    .orderBy('r.inspectedOn')
    .orderBy('s.id')
    .execute();
}

/** Reading activities the units reported with a date inside the period (as the learning figures count them). */
export function findReadingActivities(
  db: Executor,
  tenantId: number,
  unitIds: number[],
  period: { start: string; end: string },
) {
  return db
    .selectFrom('readingActivities')
    .select(['id', 'unitId', 'heldOn', 'title'])
    .where('tenantId', '=', tenantId)
    .where('unitId', 'in', unitIds.length ? unitIds : [0])
    .where('heldOn', '>=', period.start)
    .where('heldOn', '<=', period.end)
    .orderBy('unitId')
    .orderBy('heldOn')
    .orderBy('id')
    .execute();
}

/** Task report slots with their task's title, for naming the overdue slots the tasks figures counted. */
export function findTaskSlotsByIds(db: Executor, tenantId: number, ids: number[]) {
  return db
    .selectFrom('taskSlots')
    .innerJoin('tasks', 'tasks.id', 'taskSlots.taskId')
    .select(['taskSlots.id', 'taskSlots.unitId', 'taskSlots.dueOn', 'taskSlots.periodLabel', 'tasks.title'])
    .where('taskSlots.tenantId', '=', tenantId)
    .where('taskSlots.id', 'in', ids.length ? ids : [0])
    .orderBy('taskSlots.unitId')
    .orderBy('taskSlots.dueOn')
    .orderBy('taskSlots.id')
    .execute();
}
