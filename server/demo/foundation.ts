import type { Trx } from '../db/connection.js';
import { writeAudit } from '../platform/audit/service.js';
import { generatePassword, hashPassword } from '../platform/auth/password.js';
import { clock } from '../platform/clock.js';
import { AREAS, CITY, DEPARTMENTS, GIVEN, SURNAMES, UNITS } from './city.js';
import type { DemoContext } from './context.js';
import type { Random } from './random.js';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  unit: string | null;
  displayName: string;
}

interface Built extends Omit<DemoContext, 'deps' | 'trx' | 'random'> {
  accounts: DemoAccount[];
}

/** The committee, its departments and areas, the units with their party organisations, and accounts for every role. */
export async function buildFoundationDemo(trx: Trx, random: Random): Promise<Built> {
  const now = clock.nowIso();
  const accounts: DemoAccount[] = [];
  const name = () => random.pick(SURNAMES) + random.pick(GIVEN);

  const tenant = await trx
    .insertInto('tenants')
    .values({ name: CITY.committee, city: CITY.name, shortName: CITY.shortName, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tenantId = tenant.id;

  const departments: Built['departments'] = [];
  for (const [i, dept] of DEPARTMENTS.entries()) {
    const row = await trx
      .insertInto('departments')
      .values({ tenantId, name: dept, sort: i })
      .returning('id')
      .executeTakeFirstOrThrow();
    departments.push({ id: row.id, name: dept });
  }

  const pending: {
    row: Parameters<typeof insertUser>[1];
    password: string;
    role: string;
    unit: string | null;
  }[] = [];
  const addUser = (
    username: string,
    displayName: string,
    role: string,
    extra: { unitId?: number; departmentId?: number; unit?: string } = {},
  ) => {
    const password = generatePassword();
    pending.push({
      row: {
        tenantId,
        username,
        displayName,
        roles: [role],
        unitId: extra.unitId ?? null,
        departmentId: extra.departmentId ?? null,
      },
      password,
      role,
      unit: extra.unit ?? null,
    });
    return pending.length - 1;
  };

  addUser('gwsj', `${name()}（工委书记）`, 'committee_leader');
  const staffSlots = departments.flatMap((d, di) =>
    [0, 1].map((k) => ({
      slot: addUser(`gw${di + 1}${k + 1}`, name(), 'committee_staff', { departmentId: d.id }),
      dept: d.id,
    })),
  );
  const leaderSlots = AREAS.map((_a, i) => addUser(`pq${i + 1}`, `${name()}（片区分管领导）`, 'area_leader'));
  const evaluatorSlots = [1, 2].map((i) =>
    addUser(`xnb${i}`, `${name()}（市效能办）`, 'efficiency_evaluator'),
  );
  addUser('sysadmin', '系统管理员', 'sysadmin');
  addUser('secadmin', '安全管理员', 'secadmin');
  addUser('auditor', '审计管理员', 'auditor');

  const userIds = await insertPending(trx, pending, now);

  const areas: Built['areas'] = [];
  for (const [i, areaName] of AREAS.entries()) {
    const liaison = departments[(i + 1) % departments.length];
    const row = await trx
      .insertInto('areas')
      .values({
        tenantId,
        name: areaName,
        leaderUserId: userIds[leaderSlots[i]],
        liaisonDepartmentId: liaison.id,
        sort: i,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    areas.push({
      id: row.id,
      name: areaName,
      leaderUserId: userIds[leaderSlots[i]],
      liaisonDepartmentId: liaison.id,
    });
  }

  const units: Built['units'] = [];
  for (const [i, u] of UNITS.entries()) {
    const code = `YZ${String(i + 1).padStart(3, '0')}`;
    const row = await trx
      .insertInto('units')
      .values({
        tenantId,
        areaId: areas[u.area].id,
        code,
        name: u.name,
        shortName: u.shortName,
        category: u.category,
        isWindow: u.window ? 1 : 0,
        contact: name(),
        phone: `0${random.int(100, 999)}-${random.int(2000000, 8999999)}`,
        sort: i + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    units.push({
      id: row.id,
      code,
      name: u.name,
      shortName: u.shortName,
      category: u.category,
      areaId: areas[u.area].id,
      isWindow: u.window,
    });
    await insertPartyOrgs(trx, random, tenantId, row.id, u, now, name);
  }

  const unitPending = units.map((u) => ({
    row: {
      tenantId,
      username: `dw${u.code.slice(2)}`,
      displayName: `${name()}（${u.shortName}）`,
      roles: ['unit_admin'],
      unitId: u.id,
      departmentId: null,
    },
    password: generatePassword(),
    role: 'unit_admin',
    unit: u.name,
  }));
  const unitUserIds = await insertPending(trx, unitPending, now);

  await writeAudit(
    trx,
    { tenantId, actorId: null, actorName: 'demo', actorRole: null, ip: null, userAgent: null },
    {
      action: 'demo.load',
      objectType: 'tenant',
      objectId: tenantId,
      detail: { units: units.length, users: pending.length + unitPending.length },
    },
  );

  for (const [i, p] of [...pending, ...unitPending].entries()) {
    accounts.push({
      username: p.row.username,
      password: p.password,
      role: p.role,
      unit: p.unit,
      displayName: p.row.displayName,
    });
    void i;
  }

  const staffByDepartment = new Map<number, number[]>();
  for (const s of staffSlots)
    staffByDepartment.set(s.dept, [...(staffByDepartment.get(s.dept) ?? []), userIds[s.slot]]);
  return {
    tenantId,
    departments,
    areas,
    units,
    accounts,
    users: {
      committeeLeaderId: userIds[0],
      staffIds: staffSlots.map((s) => userIds[s.slot]),
      staffByDepartment,
      areaLeaderIds: leaderSlots.map((s) => userIds[s]),
      unitAdminByUnit: new Map(units.map((u, i) => [u.id, unitUserIds[i]])),
      evaluatorIds: evaluatorSlots.map((s) => userIds[s]),
    },
  };
}

async function insertUser(
  trx: Trx,
  row: {
    tenantId: number;
    username: string;
    displayName: string;
    roles: string[];
    unitId: number | null;
    departmentId: number | null;
  },
  passwordHash: string,
  now: string,
) {
  const inserted = await trx
    .insertInto('users')
    .values({
      ...row,
      roles: JSON.stringify(row.roles),
      passwordHash,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

async function insertPending(
  trx: Trx,
  pending: { row: Parameters<typeof insertUser>[1]; password: string }[],
  now: string,
) {
  const hashes = await Promise.all(pending.map((p) => hashPassword(p.password)));
  const ids: number[] = [];
  for (const [i, p] of pending.entries()) ids.push(await insertUser(trx, p.row, hashes[i], now));
  return ids;
}

const TYPE_NAMES = {
  party_group: (n: string) => `中共${n}党组`,
  org_committee: (n: string) => `中共${n}机关委员会`,
  general_branch: (n: string) => `中共${n}机关总支部委员会`,
  branch: (n: string) => `中共${n}机关支部委员会`,
};

async function insertPartyOrgs(
  trx: Trx,
  random: Random,
  tenantId: number,
  unitId: number,
  unit: (typeof UNITS)[number],
  now: string,
  person: () => string,
) {
  const bare = unit.name.replace(/^中共/, '');
  const insert = async (
    parentId: number | null,
    type: keyof typeof TYPE_NAMES,
    orgName: string,
    members: number,
    termYears: number,
  ) => {
    // Terms started between 2023 and 2026, so some end within the next six months and show a warning.
    const startYear = random.int(2023, 2026);
    const startMonth = random.int(1, 12);
    const termStart = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
    const termEnd =
      type === 'party_group' ? null : `${startYear + termYears}-${String(startMonth).padStart(2, '0')}-01`;
    const row = await trx
      .insertInto('partyOrgs')
      .values({
        tenantId,
        unitId,
        parentId,
        name: orgName,
        type,
        categoryCode: type === 'party_group' ? null : String(random.int(1100, 1199)),
        foundedOn: `${random.int(1985, 2009)}-${String(random.int(1, 12)).padStart(2, '0')}-01`,
        termStart: type === 'party_group' ? null : termStart,
        termEnd,
        secretary: person(),
        contact: person(),
        phone: `0${random.int(100, 999)}-${random.int(2000000, 8999999)}`,
        memberCount: members,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const isOrgan =
    !unit.name.includes('联合会') && !unit.name.includes('总工会') && !unit.name.startsWith('共青团');
  if (isOrgan) await insert(null, 'party_group', TYPE_NAMES.party_group(bare), 0, 0);
  if (unit.size === 'L') {
    const branches = random.int(3, 6);
    const sizes = Array.from({ length: branches }, () => random.int(18, 40));
    const total = sizes.reduce((a, b) => a + b, 0);
    const root = await insert(null, 'org_committee', TYPE_NAMES.org_committee(bare), Math.max(total, 100), 5);
    for (const [i, members] of sizes.entries()) {
      await insert(root, 'branch', `中共${bare}机关第${'一二三四五六'[i]}支部委员会`, members, 3);
    }
  } else if (unit.size === 'M') {
    const branches = random.int(2, 3);
    const sizes = Array.from({ length: branches }, () => random.int(18, 32));
    const root = await insert(
      null,
      'general_branch',
      TYPE_NAMES.general_branch(bare),
      sizes.reduce((a, b) => a + b, 0),
      3,
    );
    for (const [i, members] of sizes.entries()) {
      await insert(root, 'branch', `中共${bare}机关第${'一二三'[i]}支部委员会`, members, 3);
    }
  } else {
    await insert(null, 'branch', TYPE_NAMES.branch(bare), random.int(8, 45), 3);
  }
}
