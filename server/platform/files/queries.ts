import type { Insertable } from 'kysely';
import type { Db, Executor } from '../../db/connection.js';
import type { FileTable } from '../../db/schema.js';

const META = [
  'id',
  'tenantId',
  'unitId',
  'ownerType',
  'ownerId',
  'originalName',
  'storageName',
  'mime',
  'size',
  'sha256',
  'uploadedBy',
  'createdAt',
] as const;

export async function insertFile(db: Executor, row: Insertable<FileTable>) {
  return (await db.insertInto('files').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findFileById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('files')
    .select(META)
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findFilesByIds(db: Executor, tenantId: number, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('files')
    .select(META)
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

export function findFilesOfOwners(
  db: Db | Executor,
  tenantId: number,
  ownerType: string,
  ownerIds: number[],
) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('files')
    .select(META)
    .where('tenantId', '=', tenantId)
    .where('ownerType', '=', ownerType)
    .where('ownerId', 'in', ownerIds)
    .orderBy('id')
    .execute();
}

export async function setFileOwner(db: Executor, ids: number[], ownerType: string, ownerId: number) {
  if (ids.length === 0) return;
  await db.updateTable('files').set({ ownerType, ownerId }).where('id', 'in', ids).execute();
}

export async function allStorageNames(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('files').select('storageName').execute();
  return new Set(rows.map((r) => r.storageName));
}
