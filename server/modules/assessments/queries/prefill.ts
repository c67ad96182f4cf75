import type { Executor } from '../../../db/connection.js';
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
