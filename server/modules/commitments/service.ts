import type { z } from 'zod';
import type {
  Commitment,
  CommitmentInput,
  CommitmentListQuery,
  checkInput,
  commitmentUpdate,
} from '../../../common/commitments.js';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { findDefaultTenant } from '../publications/queries/news.js';
import * as q from './queries.js';

const e = zh.workStyle.errors;
type CheckRow = Awaited<ReturnType<typeof q.findChecks>>[number];
type Result = { kept: boolean; note: string | null };

function present(row: q.CommitmentRow, checks: CheckRow[]): Commitment {
  const last = checks.at(-1);
  const results = last ? (JSON.parse(last.results) as Result[]) : [];
  return {
    id: row.id,
    campaignId: row.campaignId,
    unitId: row.unitId,
    unitName: row.unitName,
    medium: row.medium as Commitment['medium'],
    committedOn: row.committedOn,
    items: JSON.parse(row.items),
    isPublic: row.isPublic === 1,
    lastCheck: last
      ? { checkedOn: last.checkedOn, kept: results.filter((r) => r.kept).length, total: results.length }
      : null,
    version: row.version,
  };
}

function group(checks: CheckRow[]) {
  const by = new Map<number, CheckRow[]>();
  for (const c of checks) by.set(c.commitmentId, [...(by.get(c.commitmentId) ?? []), c]);
  return by;
}

export async function listCommitments(deps: Deps, ctx: RequestContext, query: CommitmentListQuery) {
  const { rows, total } = await q.findCommitments(deps.db, dataScope(ctx), query);
  const checks = group(
    await q.findChecks(
      deps.db,
      rows.map((r) => r.id),
    ),
  );
  return {
    items: rows.map((r) => present(r, checks.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function load(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findCommitmentById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  return row;
}

export async function getCommitment(deps: Deps, ctx: RequestContext, id: number) {
  const row = await load(deps.db, ctx, id);
  const checks = await q.findChecks(deps.db, [id]);
  return {
    ...present(row, checks),
    checks: checks.map((c) => ({
      id: c.id,
      checkedOn: c.checkedOn,
      results: JSON.parse(c.results) as Result[],
      note: c.note,
      checkerName: c.checkerName,
    })),
  };
}

async function columns(db: Executor, tenantId: number, input: CommitmentInput) {
  if (!(await q.findUnit(db, tenantId, input.unitId))) throw fieldError('unitId', e.unitNotFound);
  if (input.campaignId && !(await q.findCampaign(db, tenantId, input.campaignId)))
    throw fieldError('campaignId', e.campaignNotFound);
  return {
    campaignId: input.campaignId,
    unitId: input.unitId,
    medium: input.medium,
    committedOn: input.committedOn,
    items: JSON.stringify(input.items),
    isPublic: input.isPublic ? 1 : 0,
  };
}

export function createCommitment(deps: Deps, ctx: RequestContext, input: CommitmentInput) {
  return mutate(deps.db, ctx, 'commitments.create', async (trx, audit) => {
    const values = await columns(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertCommitment(trx, {
      tenantId: ctx.user.tenantId,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'commitment', objectId: id, detail: input });
    return { id };
  });
}

export function updateCommitment(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof commitmentUpdate>,
) {
  return mutate(deps.db, ctx, 'commitments.update', async (trx, audit) => {
    await load(trx, ctx, id);
    const values = await columns(trx, ctx.user.tenantId, input);
    if (!(await q.updateCommitment(trx, id, input.version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, { objectType: 'commitment', objectId: id, detail: input });
    return { id };
  });
}

/** A follow-up check: for each promised item, whether it was kept. */
export function addCheck(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof checkInput>) {
  return mutate(deps.db, ctx, 'commitments.check', async (trx, audit) => {
    const row = await load(trx, ctx, id);
    if ((JSON.parse(row.items) as string[]).length !== input.results.length)
      throw fieldError('results', e.resultsCount);
    const checkId = await q.insertCheck(trx, {
      tenantId: ctx.user.tenantId,
      commitmentId: id,
      checkedOn: input.checkedOn,
      results: JSON.stringify(input.results),
      note: input.note,
      checkerId: ctx.user.id,
      createdAt: clock.nowIso(),
    });
    Object.assign(audit, { objectType: 'commitment', objectId: id, detail: { checkId, ...input } });
    return { id: checkId };
  });
}

/** The public site's committee (the first, or `?tenant=`) — the same rule as its news and briefings. */
export async function publicCommitments(deps: Deps, tenant?: number) {
  const committee = await findDefaultTenant(deps.db, tenant);
  if (!committee) throw notFound();
  const rows = await q.findPublicCommitments(deps.db, committee.id, 200);
  return rows.map((r) => ({
    unitName: r.unitName,
    items: JSON.parse(r.items) as string[],
    medium: r.medium as Commitment['medium'],
    committedOn: r.committedOn,
  }));
}
