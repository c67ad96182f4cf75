import type { Executor } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../tables.js';
import { sessionSelect } from './sessions.js';

/**
 * Sessions with something still open, of every issued plan up to `maxYear` inside the scope: not
 * yet inspected, or inspected but the feedback not yet signed. A plan of an earlier year that was
 * never finished keeps showing its open items.
 */
export function findOpenSessions(db: Executor, scope: DataScope, maxYear: number) {
  return sessionSelect(db)
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.status', '=', 'issued')
    .where('p.year', '<=', maxYear)
    .where((eb) =>
      eb.or([
        eb('r.status', 'is', null),
        eb('r.status', '!=', 'submitted'),
        eb('r.acknowledgedAt', 'is', null),
      ]),
    )
    .orderBy('p.year')
    .orderBy('s.plannedMonth')
    .orderBy('u.sort')
    .orderBy('s.id')
    .execute();
}

/** Every session the user sits on the team of. */
export async function findMemberSessionIds(db: Executor, userId: number) {
  const rows = await db
    .selectFrom('inspectionTeamMembers')
    .select('sessionId')
    .where('userId', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.sessionId));
}

export function findPlansByIds(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('inspectionPlans')
    .select(['id', 'year', 'title', 'docNo', 'issuedOn'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .orderBy('year', 'desc')
    .execute();
}
