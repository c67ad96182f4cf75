import type { Insertable, Updateable } from 'kysely';
import type { StudyMaterialListQuery } from '../../../../common/learning.js';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import type { StudyMaterialTable } from '../tables.js';

export async function findMaterials(
  db: Executor,
  tenantId: number,
  query: StudyMaterialListQuery,
  publishedOnly: boolean,
) {
  let base = db.selectFrom('studyMaterials').where('tenantId', '=', tenantId);
  if (publishedOnly) base = base.where('status', '=', 'published');
  if (query.year) base = base.where('year', '=', query.year);
  if (query.status) base = base.where('status', '=', query.status);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let q = base.selectAll();
  q =
    query.sort === 'number'
      ? q.orderBy('year', query.order).orderBy('number', query.order)
      : q.orderBy('id', query.order);
  const rows = await q
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findMaterialById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('studyMaterials')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertMaterial(db: Executor, row: Insertable<StudyMaterialTable>) {
  return (await db.insertInto('studyMaterials').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMaterial(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<StudyMaterialTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('studyMaterials')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMaterial(db: Executor, id: number) {
  await db.deleteFrom('studyMaterials').where('id', '=', id).execute();
}
