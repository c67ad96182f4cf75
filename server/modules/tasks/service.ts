import { zh } from '../../../common/locale/index.js';
import {
  CELL_STATES,
  type CellState,
  slotState,
  type TaskInput,
  type TaskListQuery,
} from '../../../common/tasks.js';
import type { Executor } from '../../db/connection.js';
import { dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { checkTarget, targetColumns } from '../documents/service.js';
import { unitsWithArea } from '../documents/targets-queries.js';
import { createSlots } from './dispatch.js';
import { buildMatrix, worstState } from './matrix.js';
import { MAX_PERIODS, periodsOf } from './periods.js';
import { presentTask } from './presenters.js';
import * as q from './queries.js';

const committeeWide = (ctx: RequestContext) => ctx.scope === 'tenant';

async function countsOf(db: Executor, ctx: RequestContext, taskIds: number[]) {
  const today = shanghaiDate();
  const byTask = new Map<number, { counts: Partial<Record<CellState, number>>; n: number }>();
  for (const s of await q.findSlotStates(db, dataScope(ctx), taskIds)) {
    const entry = byTask.get(s.taskId) ?? { counts: {}, n: 0 };
    const state = slotState(s, today);
    entry.counts[state] = (entry.counts[state] ?? 0) + 1;
    entry.n += 1;
    byTask.set(s.taskId, entry);
  }
  return byTask;
}

export async function listTasks(deps: Deps, ctx: RequestContext, query: TaskListQuery) {
  const { rows, total } = await q.findTasks(deps.db, dataScope(ctx), query, committeeWide(ctx));
  const counts = await countsOf(
    deps.db,
    ctx,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentTask(r, counts.get(r.id)?.counts ?? {}, counts.get(r.id)?.n ?? 0)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A task inside reach: committee-wide callers any; others a dispatched task with a slot of theirs. */
export async function reachableTask(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findTaskById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (committeeWide(ctx)) return row;
  if (row.status !== 'dispatched' || !(await q.findSlotStates(db, dataScope(ctx), [id])).length)
    throw notFound();
  return row;
}

export async function getTask(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachableTask(deps.db, ctx, id);
  const counts = await countsOf(deps.db, ctx, [id]);
  return presentTask(row, counts.get(id)?.counts ?? {}, counts.get(id)?.n ?? 0);
}

async function checkTaskInput(trx: Executor, ctx: RequestContext, input: TaskInput) {
  await checkTarget(trx, ctx.user.tenantId, input.target);
  if (input.documentId !== null && !(await q.findDocumentStatus(trx, ctx.user.tenantId, input.documentId)))
    throw fieldError('documentId', zh.documents.documentMissing);
  if (input.cycle !== 'none') {
    if (input.periodFrom && input.deadline < input.periodFrom)
      throw fieldError('deadline', zh.documents.deadlineBeforeStart);
    if (periodsOf(input.cycle, input.deadline, input.periodFrom, input.periodTo).length > MAX_PERIODS)
      throw fieldError('periodTo', zh.documents.periodTooMany);
  }
}

const taskColumns = (input: TaskInput) => ({
  documentId: input.documentId,
  title: input.title,
  description: input.description,
  deadline: input.deadline,
  cycle: input.cycle,
  periodFrom: input.cycle === 'none' ? null : input.periodFrom,
  periodTo: input.cycle === 'none' ? null : input.periodTo,
  requiresText: input.requiresText ? 1 : 0,
  requiresFiles: input.requiresFiles ? 1 : 0,
  figures: JSON.stringify(input.figures),
  ...targetColumns(input.target),
});

export function createTask(deps: Deps, ctx: RequestContext, input: TaskInput) {
  return mutate(deps.db, ctx, 'tasks.create', async (trx, audit) => {
    await checkTaskInput(trx, ctx, input);
    const now = clock.nowIso();
    const id = await q.insertTask(trx, {
      tenantId: ctx.user.tenantId,
      status: 'draft',
      ...taskColumns(input),
      dispatchedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, {
      objectType: 'task',
      objectId: id,
      detail: { title: input.title, documentId: input.documentId },
    });
    return { id };
  });
}

async function draftTask(trx: Executor, ctx: RequestContext, id: number) {
  const row = await q.findTaskById(trx, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw conflict(zh.documents.taskNotDraft);
  return row;
}

export function updateTask(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: TaskInput & { version: number },
) {
  return mutate(deps.db, ctx, 'tasks.update', async (trx, audit) => {
    await draftTask(trx, ctx, id);
    await checkTaskInput(trx, ctx, input);
    if (!(await q.updateTask(trx, id, input.version, { ...taskColumns(input), updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, { objectType: 'task', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

export function deleteTask(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'tasks.delete', async (trx, audit) => {
    const row = await draftTask(trx, ctx, id);
    await q.deleteTask(trx, id);
    Object.assign(audit, { objectType: 'task', objectId: id, detail: { title: row.title } });
  });
}

/** Dispatches a standalone task (a document's tasks go out when the document is issued). */
export function dispatchTask(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'tasks.dispatch', async (trx, audit) => {
    const row = await draftTask(trx, ctx, id);
    if (row.version !== version) throw conflict();
    if (row.documentId !== null) {
      const doc = await q.findDocumentStatus(trx, ctx.user.tenantId, row.documentId);
      if (doc?.status !== 'issued') throw conflict(zh.documents.taskDocumentDraft);
    }
    const slots = await createSlots(trx, ctx.user.tenantId, row);
    if (!slots) throw conflict(zh.documents.noSlotsToDispatch);
    Object.assign(audit, { objectType: 'task', objectId: id, detail: { slots } });
    return { id, slots };
  });
}

export async function taskMatrix(deps: Deps, ctx: RequestContext, id: number) {
  await reachableTask(deps.db, ctx, id);
  const today = shanghaiDate();
  const slots = await q.findSlotStates(deps.db, dataScope(ctx), [id]);
  const columns = new Map<string, string>();
  const cells = new Map<number, Record<string, { state: string; refId: number }>>();
  for (const s of slots) {
    const key = s.periodKey || 'once';
    columns.set(key, s.periodLabel || zh.documents.cycles.none);
    cells.set(s.unitId, {
      ...(cells.get(s.unitId) ?? {}),
      [key]: { state: slotState(s, today), refId: s.id },
    });
  }
  const units = await unitsWithArea(deps.db, ctx.user.tenantId, [...cells.keys()]);
  const cols = [...columns.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, label]) => ({ key, label }));
  return buildMatrix(units, cols, cells, CELL_STATES, ['done', 'late']);
}

/** Every dispatched task of a year × every unit in reach: the most urgent state of each unit's slots. */
export async function overallMatrix(deps: Deps, ctx: RequestContext, year: number) {
  const today = shanghaiDate();
  const tasks = await q.findDispatchedTasksOfYear(deps.db, ctx.user.tenantId, year);
  const slots = await q.findSlotStates(
    deps.db,
    dataScope(ctx),
    tasks.map((t) => t.id),
  );
  const cells = new Map<number, Record<string, { state: string; refId: number }>>();
  for (const s of slots) {
    const key = `t${s.taskId}`;
    const row = cells.get(s.unitId) ?? {};
    const state = worstState(row[key]?.state, slotState(s, today));
    row[key] = { state, refId: row[key]?.state === state ? row[key].refId : s.id };
    cells.set(s.unitId, row);
  }
  const units = await unitsWithArea(deps.db, ctx.user.tenantId, [...cells.keys()]);
  const withSlots = new Set(slots.map((s) => s.taskId));
  const cols = tasks.filter((t) => withSlots.has(t.id)).map((t) => ({ key: `t${t.id}`, label: t.title }));
  return buildMatrix(units, cols, cells, CELL_STATES, ['done', 'late']);
}
