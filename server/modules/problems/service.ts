import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import {
  DEFAULT_CATEGORIES,
  type ProblemInput,
  type ProblemListQuery,
  type problemUpdate,
  type StatsQuery,
} from '../../../common/problems.js';
import type { Executor } from '../../db/connection.js';
import { nextNumber } from '../../db/counters.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { filesOf } from '../../platform/files/service.js';
import { presentEvent, presentProblem } from './presenters.js';
import * as q from './queries.js';
import { statsOf } from './stats.js';
import * as sq from './stats-queries.js';

type Ctx = Pick<RequestContext, 'user' | 'scope'>;

/** A unit sees its problems only once the committee has fed them back. */
export const hidesRegistered = (ctx: Ctx) => ctx.scope === 'unit';

export function whereOf(ctx: Ctx, filters: Omit<q.ProblemWhere, 'hideRegistered' | 'today'>): q.ProblemWhere {
  return { ...filters, hideRegistered: hidesRegistered(ctx), today: shanghaiDate() };
}

export async function presentRows(db: Executor, tenantId: number, rows: q.ProblemRow[]) {
  const labels = await q.findSourceLabels(db, tenantId, rows);
  const today = shanghaiDate();
  return rows.map((r) => presentProblem(r, today, labels));
}

export async function listProblems(deps: Deps, ctx: RequestContext, query: ProblemListQuery) {
  const { rows, total } = await q.findProblems(deps.db, dataScope(ctx), { ...query, ...whereOf(ctx, query) });
  return {
    items: await presentRows(deps.db, ctx.user.tenantId, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Loads one problem within the caller's reach (404 otherwise, also for a unit before feedback). */
export async function loadProblem(db: Executor, ctx: Ctx, id: number) {
  const row = await q.findProblemById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  if (hidesRegistered(ctx) && row.status === 'registered') throw notFound();
  return row;
}

export async function getProblem(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadProblem(deps.db, ctx, id);
  const [problem] = await presentRows(deps.db, ctx.user.tenantId, [row]);
  const events = await q.findEvents(deps.db, id);
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    'problem_event',
    events.map((e) => e.id),
  );
  return { ...problem, events: events.map((e) => presentEvent(e, files.get(e.id) ?? [])) };
}

export async function categoriesOf(db: Executor, tenantId: number) {
  const configured = await q.findCategories(db, tenantId);
  return configured.length ? configured : DEFAULT_CATEGORIES;
}

export function listCategories(deps: Deps, ctx: RequestContext) {
  return categoriesOf(deps.db, ctx.user.tenantId);
}

export function replaceCategories(deps: Deps, ctx: RequestContext, names: string[]) {
  return mutate(deps.db, ctx, 'problems.categories', async (trx, audit) => {
    if (new Set(names).size !== names.length)
      throw fieldError('names', zh.workStyle.errors.categoriesDuplicate);
    await q.replaceCategories(trx, ctx.user.tenantId, names);
    Object.assign(audit, { objectType: 'problemCategories', objectId: ctx.user.tenantId, detail: { names } });
    return categoriesOf(trx, ctx.user.tenantId);
  });
}

/** Checks the references of a problem: category, unit, campaign and the source record. */
async function checkRefs(db: Executor, ctx: Ctx, input: ProblemInput) {
  const tenantId = ctx.user.tenantId;
  const e = zh.workStyle.errors;
  if (!(await categoriesOf(db, tenantId)).includes(input.categoryName))
    throw fieldError('categoryName', e.categoryUnknown);
  const unit = await q.findUnitRef(db, tenantId, input.unitId);
  if (!unit) throw fieldError('unitId', e.unitNotFound);
  if (input.campaignId && !(await q.findCampaignRef(db, tenantId, input.campaignId)))
    throw fieldError('campaignId', e.campaignNotFound);
  if (input.sourceType === 'manual') return unit;
  if (!input.sourceId) throw fieldError('sourceId', e.sourceRequired);
  if (input.sourceType === 'visit' || input.sourceType === 'unannounced') {
    const visit = await q.findVisitRef(db, tenantId, input.sourceId);
    const kindOk =
      visit &&
      (input.sourceType === 'unannounced' ? visit.kind === 'unannounced' : visit.kind !== 'unannounced');
    if (!kindOk) throw fieldError('sourceId', e.sourceNotFound);
  }
  if (input.sourceType === 'review_meeting' && !(await q.findReviewRef(db, tenantId, input.sourceId)))
    throw fieldError('sourceId', e.sourceNotFound);
  return unit;
}

export function createProblem(deps: Deps, ctx: RequestContext, input: ProblemInput) {
  return mutate(deps.db, ctx, 'problems.create', async (trx, audit) => {
    await checkRefs(trx, ctx, input);
    const now = clock.nowIso();
    const year = input.foundOn.slice(0, 4);
    const seq = await nextNumber(trx, ctx.user.tenantId, `problem:${year}`);
    const code = `ZF${year}-${String(seq).padStart(3, '0')}`;
    const { categoryName, ...rest } = input;
    const id = await q.insertProblem(trx, {
      ...rest,
      tenantId: ctx.user.tenantId,
      sourceId: input.sourceType === 'manual' ? null : input.sourceId,
      category: categoryName,
      code,
      status: 'registered',
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await q.insertEvent(trx, {
      tenantId: ctx.user.tenantId,
      problemId: id,
      kind: 'created',
      note: null,
      actorId: ctx.user.id,
      actorName: ctx.user.displayName,
      at: now,
    });
    Object.assign(audit, { objectType: 'problem', objectId: id, detail: { code, ...input } });
    return { id, code };
  });
}

export function updateProblem(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof problemUpdate>,
) {
  return mutate(deps.db, ctx, 'problems.update', async (trx, audit) => {
    const current = await loadProblem(trx, ctx, id);
    if (current.status === 'closed')
      throw conflict(zh.workStyle.errors.wrongStatus(zh.workStyle.statuses.closed));
    await checkRefs(trx, ctx, input);
    const { version, categoryName, ...rest } = input;
    const now = clock.nowIso();
    const ok = await q.updateProblem(trx, id, version, {
      ...rest,
      sourceId: input.sourceType === 'manual' ? null : input.sourceId,
      category: categoryName,
      updatedAt: now,
    });
    if (!ok) throw conflict(zh.workStyle.errors.problemConflict);
    await q.insertEvent(trx, {
      tenantId: ctx.user.tenantId,
      problemId: id,
      kind: 'edited',
      note: null,
      actorId: ctx.user.id,
      actorName: ctx.user.displayName,
      at: now,
    });
    Object.assign(audit, { objectType: 'problem', objectId: id, detail: input });
    return { id };
  });
}

export function deleteProblem(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'problems.delete', async (trx, audit) => {
    const current = await loadProblem(trx, ctx, id);
    if (current.status !== 'registered')
      throw conflict(zh.workStyle.errors.wrongStatus(zh.workStyle.statuses[current.status]));
    await q.deleteProblem(trx, id);
    Object.assign(audit, { objectType: 'problem', objectId: id, detail: { code: current.code } });
  });
}

export async function problemStats(deps: Deps, ctx: RequestContext, query: StatsQuery) {
  return statsOf(await sq.problemTallies(deps.db, dataScope(ctx), whereOf(ctx, query)));
}

/**
 * The workbench: for a unit, its problems awaiting an answer or action; for the committee, the
 * verification requests. Overdue items of the caller's reach are counted either way. Counted in
 * SQL; only the first ten items are loaded (overdue first, then the earliest found).
 */
export async function todoSummary(deps: Deps, ctx: RequestContext) {
  const scope = dataScope(ctx);
  const where = whereOf(ctx, {});
  const unitView = ctx.scope === 'unit';
  const { actionable, overdue } = await sq.countTodos(deps.db, scope, where, unitView);
  const rows = await sq.firstTodos(deps.db, scope, where, unitView, 10);
  return { actionable, overdue, items: await presentRows(deps.db, ctx.user.tenantId, rows) };
}
