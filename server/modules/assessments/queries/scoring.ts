import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/connection.js';
import type { AssessmentBallotTable, AssessmentScoreChangeTable, AssessmentScoreTable } from '../tables.js';
import '../tables.js';

export function findScores(
  db: Executor,
  schemeId: number,
  filter: { unitIds?: number[]; indicatorIds?: number[] } = {},
) {
  let q = db
    .selectFrom('assessmentScores')
    .leftJoin('users', 'users.id', 'assessmentScores.scoredBy')
    .selectAll('assessmentScores')
    .select('users.displayName as scoredByName')
    .where('assessmentScores.schemeId', '=', schemeId);
  if (filter.unitIds)
    q = q.where('assessmentScores.unitId', 'in', filter.unitIds.length ? filter.unitIds : [0]);
  if (filter.indicatorIds)
    q = q.where('assessmentScores.indicatorId', 'in', filter.indicatorIds.length ? filter.indicatorIds : [0]);
  return q.orderBy('assessmentScores.unitId').orderBy('assessmentScores.indicatorId').execute();
}
export type ScoreRow = Awaited<ReturnType<typeof findScores>>[number];

export function findScore(db: Executor, schemeId: number, unitId: number, indicatorId: number) {
  return db
    .selectFrom('assessmentScores')
    .selectAll()
    .where('schemeId', '=', schemeId)
    .where('unitId', '=', unitId)
    .where('indicatorId', '=', indicatorId)
    .executeTakeFirst();
}

export async function insertScore(db: Executor, row: Insertable<AssessmentScoreTable>) {
  return (await db.insertInto('assessmentScores').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateScore(
  db: Executor,
  id: number,
  version: number | null,
  values: {
    value: number;
    reason?: string | null;
    prefilledValue?: number | null;
    sources?: string | null;
    scoredBy: number;
    updatedAt: string;
  },
) {
  let q = db
    .updateTable('assessmentScores')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertScoreChanges(db: Executor, rows: Insertable<AssessmentScoreChangeTable>[]) {
  if (rows.length) await db.insertInto('assessmentScoreChanges').values(rows).execute();
}

export function findScoreChanges(db: Executor, schemeId: number, unitId: number, indicatorIds: number[]) {
  return db
    .selectFrom('assessmentScoreChanges')
    .leftJoin('users', 'users.id', 'assessmentScoreChanges.changedBy')
    .selectAll('assessmentScoreChanges')
    .select('users.displayName as changedByName')
    .where('assessmentScoreChanges.schemeId', '=', schemeId)
    .where('assessmentScoreChanges.unitId', '=', unitId)
    .where('assessmentScoreChanges.indicatorId', 'in', indicatorIds.length ? indicatorIds : [0])
    .orderBy('assessmentScoreChanges.id', 'desc')
    .limit(200)
    .execute();
}

export function findBallots(db: Executor, schemeId: number, unitIds?: number[]) {
  let q = db.selectFrom('assessmentBallots').selectAll().where('schemeId', '=', schemeId);
  if (unitIds) q = q.where('unitId', 'in', unitIds.length ? unitIds : [0]);
  return q.orderBy('unitId').execute();
}

export async function upsertBallot(
  db: Executor,
  row: Omit<Insertable<AssessmentBallotTable>, 'createdAt' | 'updatedAt'>,
  at: string,
) {
  const current = await db
    .selectFrom('assessmentBallots')
    .select('id')
    .where('schemeId', '=', row.schemeId)
    .where('unitId', '=', row.unitId)
    .executeTakeFirst();
  const counts = {
    satisfied: row.satisfied,
    basic: row.basic,
    unsatisfied: row.unsatisfied,
    unknown: row.unknown,
  };
  if (current) {
    await db
      .updateTable('assessmentBallots')
      .set((eb) => ({ ...counts, enteredBy: row.enteredBy, updatedAt: at, version: eb('version', '+', 1) }))
      .where('id', '=', current.id)
      .execute();
  } else {
    await db
      .insertInto('assessmentBallots')
      .values({ ...row, createdAt: at, updatedAt: at })
      .execute();
  }
}

export function findVetoes(db: Executor, schemeId: number, unitIds?: number[]) {
  let q = db
    .selectFrom('assessmentVetoes')
    .innerJoin('units', 'units.id', 'assessmentVetoes.unitId')
    .select([
      'assessmentVetoes.id',
      'assessmentVetoes.unitId',
      'units.name as unitName',
      'assessmentVetoes.reason',
      'assessmentVetoes.createdAt',
    ])
    .where('assessmentVetoes.schemeId', '=', schemeId);
  if (unitIds) q = q.where('assessmentVetoes.unitId', 'in', unitIds.length ? unitIds : [0]);
  return q.orderBy('assessmentVetoes.id').execute();
}

export async function insertVeto(
  db: Executor,
  row: {
    tenantId: number;
    schemeId: number;
    unitId: number;
    reason: string;
    createdBy: number;
    createdAt: string;
  },
) {
  return (await db.insertInto('assessmentVetoes').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteVeto(db: Executor, schemeId: number, unitId: number) {
  const r = await db
    .deleteFrom('assessmentVetoes')
    .where('schemeId', '=', schemeId)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
