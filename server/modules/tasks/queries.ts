import { type Insertable, sql, type Updateable } from 'kysely';
import type { SlotListQuery, TaskListQuery } from '../../../common/tasks.js';
import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { TaskSlotEventTable, TaskSlotTable, TaskTable } from './tables.js';
import './tables.js';
import '../documents/tables.js';

// ---- tasks -----------------------------------------------------------------------------------

const TASK_SORTS = {
  deadline: 'tasks.deadline',
  title: 'tasks.title',
  createdAt: 'tasks.createdAt',
} as const;

function taskSelect(db: Executor) {
  return db
    .selectFrom('tasks')
    .leftJoin('documents', 'documents.id', 'tasks.documentId')
    .selectAll('tasks')
    .select(['documents.docNumber', 'documents.title as documentTitle']);
}

/** Tasks in reach: committee-wide callers see all (drafts too); others tasks with a slot of theirs. */
export async function findTasks(db: Db, scope: DataScope, query: TaskListQuery, withDrafts: boolean) {
  let base = taskSelect(db).where('tasks.tenantId', '=', scope.tenantId);
  if (!withDrafts) base = base.where('tasks.status', '=', 'dispatched');
  if (scope.unitIds || scope.areaIds)
    base = base.where(
      sql<boolean>`exists (select 1 from task_slots s where s.task_id = tasks.id and ${inScope(scope, 's.tenant_id', 's.unit_id')})`,
    );
  if (query.q) base = base.where('tasks.title', 'like', `%${query.q}%`);
  if (query.status) base = base.where('tasks.status', '=', query.status);
  if (query.documentId) base = base.where('tasks.documentId', '=', query.documentId);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(TASK_SORTS[query.sort]), query.order)
    .orderBy('tasks.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findTaskById(db: Executor, tenantId: number, id: number) {
  return taskSelect(db).where('tasks.tenantId', '=', tenantId).where('tasks.id', '=', id).executeTakeFirst();
}

export function findDraftTasksOfDocument(db: Executor, tenantId: number, documentId: number) {
  return db
    .selectFrom('tasks')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('documentId', '=', documentId)
    .where('status', '=', 'draft')
    .execute();
}

export async function insertTask(db: Executor, row: Insertable<TaskTable>) {
  return (await db.insertInto('tasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTask(
  db: Executor,
  id: number,
  version: number | null,
  values: Omit<Updateable<TaskTable>, 'id' | 'version'>,
) {
  let q = db
    .updateTable('tasks')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

export async function deleteTask(db: Executor, id: number) {
  await db.deleteFrom('tasks').where('id', '=', id).execute();
}

export function findDocumentStatus(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'status'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- slots -----------------------------------------------------------------------------------

export async function insertSlots(db: Executor, rows: Insertable<TaskSlotTable>[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('taskSlots')
      .values(rows.slice(i, i + 200))
      .execute();
}

function slotSelect(db: Executor) {
  return db
    .selectFrom('taskSlots')
    .innerJoin('tasks', 'tasks.id', 'taskSlots.taskId')
    .innerJoin('units', 'units.id', 'taskSlots.unitId')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .selectAll('taskSlots')
    .select(['tasks.title as taskTitle', 'units.name as unitName', 'units.areaId', 'areas.name as areaName']);
}

const SLOT_SORTS = {
  dueOn: 'taskSlots.dueOn',
  unit: 'units.sort',
  submittedAt: 'taskSlots.submittedAt',
} as const;

export async function findSlots(db: Db, scope: DataScope, query: SlotListQuery, today: string) {
  let base = slotSelect(db).where(inScope(scope, 'task_slots.tenant_id', 'task_slots.unit_id'));
  if (query.taskId) base = base.where('taskSlots.taskId', '=', query.taskId);
  if (query.unitId) base = base.where('taskSlots.unitId', '=', query.unitId);
  if (query.status) base = base.where('taskSlots.status', '=', query.status);
  if (query.attention === 'overdue')
    base = base.where('taskSlots.status', 'in', ['pending', 'returned']).where('taskSlots.dueOn', '<', today);
  if (query.attention === 'returned') base = base.where('taskSlots.status', '=', 'returned');
  if (query.attention === 'review') base = base.where('taskSlots.status', '=', 'submitted');
  if (query.attention === 'extension') base = base.where('taskSlots.extensionStatus', '=', 'requested');
  // Open items whose task was adjusted (调整任务) since the unit last reported.
  if (query.attention === 'amended')
    base = base.where('taskSlots.status', 'in', ['pending', 'returned']).where((eb) =>
      eb.exists(
        eb
          .selectFrom('taskSlotEvents')
          .select('taskSlotEvents.id')
          .whereRef('taskSlotEvents.slotId', '=', 'taskSlots.id')
          .where('taskSlotEvents.kind', '=', 'amend')
          .where((e) =>
            e.or([
              e('taskSlots.submittedAt', 'is', null),
              e('taskSlotEvents.at', '>', e.ref('taskSlots.submittedAt')),
            ]),
          ),
      ),
    );
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(SLOT_SORTS[query.sort]), query.order)
    .orderBy('taskSlots.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findSlotById(db: Executor, tenantId: number, id: number) {
  return slotSelect(db)
    .where('taskSlots.tenantId', '=', tenantId)
    .where('taskSlots.id', '=', id)
    .executeTakeFirst();
}

/** The fields the matrix and the counts need, for a set of tasks, inside the scope. */
export function findSlotStates(db: Executor, scope: DataScope, taskIds: number[]) {
  if (!taskIds.length) return Promise.resolve([]);
  return db
    .selectFrom('taskSlots')
    .select(['id', 'taskId', 'unitId', 'periodKey', 'periodLabel', 'status', 'dueOn', 'submittedAt'])
    .where('taskId', 'in', taskIds)
    .where(inScope(scope, 'task_slots.tenant_id', 'task_slots.unit_id'))
    .orderBy('periodKey')
    .execute();
}

export async function updateSlot(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<TaskSlotTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('taskSlots')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The slots of a task that are still open (not accepted), for 调整任务. */
export function findOpenSlotsOfTask(db: Executor, taskId: number) {
  return db
    .selectFrom('taskSlots')
    .select(['id', 'periodKey', 'dueOn'])
    .where('taskId', '=', taskId)
    .where('status', '!=', 'accepted')
    .orderBy('id')
    .execute();
}

export async function setSlotDue(db: Executor, id: number, dueOn: string, at: string) {
  await db
    .updateTable('taskSlots')
    .set((eb) => ({ dueOn, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function bumpReminder(db: Executor, id: number, at: string) {
  await db
    .updateTable('taskSlots')
    .set((eb) => ({ reminderCount: eb('reminderCount', '+', 1), updatedAt: at }))
    .where('id', '=', id)
    .execute();
}

export async function insertEvent(db: Executor, row: Insertable<TaskSlotEventTable>) {
  await db.insertInto('taskSlotEvents').values(row).execute();
}

export function findEvents(db: Executor, slotId: number) {
  return db
    .selectFrom('taskSlotEvents')
    .select(['id', 'kind', 'at', 'actorName', 'note'])
    .where('slotId', '=', slotId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Tasks dispatched with a deadline in the year (for the overall matrix). */
export function findDispatchedTasksOfYear(db: Executor, tenantId: number, year: number) {
  return db
    .selectFrom('tasks')
    .select(['id', 'title', 'deadline'])
    .where('tenantId', '=', tenantId)
    .where('status', '=', 'dispatched')
    .where('deadline', 'like', `${year}-%`)
    .orderBy('deadline')
    .orderBy('id')
    .execute();
}
