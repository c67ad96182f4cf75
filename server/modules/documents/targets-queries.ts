import type { Target } from '../../../common/documents.js';
import type { Executor } from '../../db/connection.js';

/**
 * The units a 主送/下发 range names, resolved at the moment of issue or dispatch (a snapshot:
 * units created later are not added to a document already sent).
 */
export async function resolveTargetUnits(db: Executor, tenantId: number, target: Target): Promise<number[]> {
  let q = db.selectFrom('units').select('id').where('tenantId', '=', tenantId);
  if (target.mode === 'area') q = q.where('areaId', '=', target.areaId ?? 0);
  if (target.mode === 'category') q = q.where('category', '=', target.category ?? '');
  if (target.mode === 'units') q = q.where('id', 'in', target.unitIds.length ? target.unitIds : [0]);
  const rows = await q.orderBy('sort').orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function areaExists(db: Executor, tenantId: number, areaId: number) {
  const row = await db
    .selectFrom('areas')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', areaId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function countUnitsIn(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return 0;
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenantId', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Files of a record that are no longer in its list go back to their uploader (unattached). */
export async function detachFilesExcept(db: Executor, ownerType: string, ownerId: number, keep: number[]) {
  let q = db
    .updateTable('files')
    .set({ ownerType: null, ownerId: null })
    .where('ownerType', '=', ownerType)
    .where('ownerId', '=', ownerId);
  if (keep.length) q = q.where('id', 'not in', keep);
  await q.execute();
}

/** Unit facts every matrix and receipt list shows. */
export function unitsWithArea(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select([
      'units.id',
      'units.name',
      'units.shortName',
      'units.category',
      'units.areaId',
      'areas.name as areaName',
      'units.sort',
    ])
    .where('units.tenantId', '=', tenantId)
    .where('units.id', 'in', ids)
    .orderBy('areas.sort')
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}
