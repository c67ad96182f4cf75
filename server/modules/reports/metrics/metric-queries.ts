import type { Db } from '../../../db/connection.js';

/** Every unit name of a committee (a few hundred rows at most): the labels of unit figures. */
export function unitNamesOfTenant(db: Db, tenantId: number) {
  return db.selectFrom('units').select(['id', 'name']).where('tenantId', '=', tenantId).execute();
}
