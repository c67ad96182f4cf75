import type { Trx } from '../server/db/connection.js';
import type { Random } from '../server/demo/random.js';
import { insertMany } from './bulk.js';

export interface BenchTenant {
  tenantId: number;
  staffUserId: number;
  units: { id: number; areaId: number }[];
}

const CATEGORIES = ['党政机关', '群团组织', '事业单位', '国有企业'];
const AREA_NAMES = ['第一片区', '第二片区', '第三片区', '第四片区', '第五片区'];

/** Tops a tenant up to `target` units (the demo city has fewer), spread over its areas. */
export async function addUnits(
  trx: Trx,
  random: Random,
  tenantId: number,
  areaIds: number[],
  target: number,
  prefix: string,
  now: string,
) {
  const existing = await trx
    .selectFrom('units')
    .select(['id', 'areaId'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const rows: (Record<string, unknown> & { areaId: number; name: string; phone: string })[] = [];
  for (let i = existing.length; i < target; i++) {
    rows.push({
      tenantId,
      areaId: areaIds[i % areaIds.length],
      code: `${prefix}${String(i + 1).padStart(4, '0')}`,
      name: `${prefix}市第${i + 1}直属单位`,
      shortName: `直属${i + 1}`,
      category: random.pick(CATEGORIES),
      isWindow: random.next() < 0.2 ? 1 : 0,
      contact: '联系人',
      phone: `0${random.int(100, 999)}-${random.int(2000000, 8999999)}`,
      sort: i + 1,
      createdAt: now,
      updatedAt: now,
    });
  }
  const ids = await insertMany(trx, 'units', rows);
  const added = rows.map((r, i) => ({ id: ids[i], areaId: r.areaId }));
  await insertMany(
    trx,
    'partyOrgs',
    added.map((u, i) => ({
      tenantId,
      unitId: u.id,
      parentId: null,
      name: `中共${rows[i].name}机关支部委员会`,
      type: 'branch',
      categoryCode: '1121',
      foundedOn: '1998-07-01',
      termStart: '2024-07-01',
      termEnd: '2027-07-01',
      secretary: '书记',
      contact: '联系人',
      phone: rows[i].phone,
      memberCount: random.int(8, 120),
      createdAt: now,
      updatedAt: now,
    })),
    false,
  );
  return [...existing.map((u) => ({ id: u.id, areaId: u.areaId ?? areaIds[0] })), ...added];
}

/** A further committee (tenant) of the province: a department, five areas with leaders, one staff account. */
export async function addTenant(
  trx: Trx,
  random: Random,
  index: number,
  unitsPerTenant: number,
  passwordHash: string,
  now: string,
): Promise<BenchTenant & { staffUsername: string }> {
  const prefix = `T${String(index).padStart(2, '0')}`;
  const tenantId = (
    await trx
      .insertInto('tenants')
      .values({ name: `${prefix}市直机关工委`, city: `${prefix}市`, shortName: prefix, createdAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const deptId = (
    await trx
      .insertInto('departments')
      .values({ tenantId, name: '组织部', sort: 0 })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const user = (username: string, displayName: string, role: string) => ({
    tenantId,
    username,
    displayName,
    roles: JSON.stringify([role]),
    unitId: null,
    departmentId: role === 'committee_staff' ? deptId : null,
    passwordHash,
    passwordChangedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const staffUsername = `bench${index}staff`;
  const [staffUserId, ...leaderIds] = await insertMany(trx, 'users', [
    user(staffUsername, `${prefix}工委干部`, 'committee_staff'),
    ...AREA_NAMES.map((_, i) => user(`bench${index}pq${i + 1}`, `${prefix}片区领导${i + 1}`, 'area_leader')),
  ]);
  const areaIds = await insertMany(
    trx,
    'areas',
    AREA_NAMES.map((name, i) => ({
      tenantId,
      name,
      leaderUserId: leaderIds[i],
      liaisonDepartmentId: deptId,
      sort: i,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const units = await addUnits(trx, random, tenantId, areaIds, unitsPerTenant, prefix, now);
  return { tenantId, staffUserId, units, staffUsername };
}
