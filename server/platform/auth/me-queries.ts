import type { Db } from '../../db/connection.js';

export async function findMeDetails(db: Db, tenantId: number, unitId: number | null) {
  const tenant = await db
    .selectFrom('tenants')
    .select(['id', 'name', 'shortName'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const unit = unitId
    ? ((await db.selectFrom('units').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst()) ??
      null)
    : null;
  return { tenant, unit };
}
