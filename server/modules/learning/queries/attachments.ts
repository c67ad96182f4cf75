import type { Executor } from '../../../db/connection.js';

/**
 * Releases the files of a record that its new version no longer lists (the platform offers attach
 * but no detach): they go back to being their uploader's unattached files.
 */
export async function detachFilesExcept(
  db: Executor,
  tenantId: number,
  ownerType: string,
  ownerId: number,
  keepIds: number[],
) {
  let q = db
    .updateTable('files')
    .set({ ownerType: null, ownerId: null })
    .where('tenantId', '=', tenantId)
    .where('ownerType', '=', ownerType)
    .where('ownerId', '=', ownerId);
  if (keepIds.length) q = q.where('id', 'not in', keepIds);
  await q.execute();
}
