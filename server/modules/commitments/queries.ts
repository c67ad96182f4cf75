import './tables.js';
import '../campaigns/tables.js';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { CommitmentListQuery } from '../../../common/commitments.js';
import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { CommitmentCheckTable, CommitmentTable } from './tables.js';

function commitmentSelect(db: Executor) {
  return db
    .selectFrom('commitments')
    .innerJoin('units', 'units.id', 'commitments.unitId')
    .selectAll('commitments')
    .select(['units.name as unitName', 'units.areaId']);
}
export type CommitmentRow = Awaited<ReturnType<typeof findCommitmentById>> & {};

export async function findCommitments(db: Db, scope: DataScope, query: CommitmentListQuery) {
  let base = commitmentSelect(db).where(inScope(scope, 'commitments.tenant_id', 'commitments.unit_id'));
  if (query.campaignId) base = base.where('commitments.campaignId', '=', query.campaignId);
  if (query.unitId) base = base.where('commitments.unitId', '=', query.unitId);
  if (query.medium) base = base.where('commitments.medium', '=', query.medium);
  if (query.from) base = base.where('commitments.committedOn', '>=', query.from);
  if (query.to) base = base.where('commitments.committedOn', '<=', query.to);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(query.sort === 'unit' ? 'units.sort' : 'commitments.committedOn', query.order)
    .orderBy('commitments.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findCommitmentById(db: Executor, tenantId: number, id: number) {
  return commitmentSelect(db)
    .where('commitments.tenantId', '=', tenantId)
    .where('commitments.id', '=', id)
    .executeTakeFirst();
}

/** Public commitments of every tenant (the no-login page), newest first. */
export function findPublicCommitments(db: Db, tenantId: number, limit: number) {
  return commitmentSelect(db)
    .where('commitments.tenantId', '=', tenantId)
    .where('commitments.isPublic', '=', 1)
    .orderBy('commitments.committedOn', 'desc')
    .orderBy('commitments.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertCommitment(db: Executor, row: Insertable<CommitmentTable>) {
  return (await db.insertInto('commitments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCommitment(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<CommitmentTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('commitments')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCheck(db: Executor, row: Insertable<CommitmentCheckTable>) {
  return (await db.insertInto('commitmentChecks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findChecks(db: Executor, commitmentIds: number[]) {
  if (!commitmentIds.length) return Promise.resolve([]);
  return db
    .selectFrom('commitmentChecks')
    .leftJoin('users', 'users.id', 'commitmentChecks.checkerId')
    .selectAll('commitmentChecks')
    .select('users.displayName as checkerName')
    .where('commitmentChecks.commitmentId', 'in', commitmentIds)
    .orderBy('commitmentChecks.checkedOn')
    .orderBy('commitmentChecks.id')
    .execute();
}

export function findUnit(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('units')
    .select(['id', 'areaId'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCampaign(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsCampaigns')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
