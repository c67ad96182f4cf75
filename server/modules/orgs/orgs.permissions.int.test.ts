import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../db/connection.js';
import { loadXlsx, multipartOf, xlsxOf } from '../../platform/excel/test-kit.js';
import { buildArea, buildUnit, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import * as q from './queries.js';

/**
 * The orgs permission matrix over HTTP: principal × endpoint × relation of the target record
 * (own unit = A1, the unit of adminA1; same area = A2; other area = B1; other tenant = X) → status.
 * Tenant-level endpoints have a single column. One generated `it` per cell.
 */
type Rel = 'own_unit' | 'same_area' | 'other_area' | 'other_tenant';
const RELS: Rel[] = ['own_unit', 'same_area', 'other_area', 'other_tenant'];
const PRINCIPALS = [
  'leader',
  'staff',
  'areaLeader',
  'adminA1',
  'evaluator',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
type Principal = (typeof PRINCIPALS)[number];
type Row = number | [number, number, number, number];
type Matrix = Record<Principal, Row>;

const deniedAll = { evaluator: 403, sysadmin: 403, secadmin: 403, auditor: 403 } as const;
const readers: Matrix = { leader: 200, staff: 200, areaLeader: 200, adminA1: 200, ...deniedAll };
const staffOnly: Matrix = { leader: 403, staff: 200, areaLeader: 403, adminA1: 403, ...deniedAll };
const readRecord: Matrix = {
  leader: [200, 200, 200, 404],
  staff: [200, 200, 200, 404],
  areaLeader: [200, 200, 200, 404],
  adminA1: [200, 404, 404, 404],
  ...deniedAll,
};
const staffWrite = (foreign: number): Matrix => ({ ...staffOnly, staff: [200, 200, 200, foreign] });
const unitEdit = (foreign: number): Matrix => ({
  ...staffOnly,
  staff: [200, 200, 200, foreign],
  adminA1: [200, 404, 404, foreign],
});

interface Endpoint {
  name: string;
  matrix: Matrix;
  /** Builds the request for one cell (relation undefined for tenant-level endpoints). */
  request(
    rel: Rel | undefined,
  ): Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown }>;
}

let t: TestApp;
let w: World;
const clients = {} as Record<Principal, Client>;
let seq = 0;
const unitOf = (rel: Rel) =>
  ({ own_unit: w.unitA1, same_area: w.unitA2, other_area: w.unitB1, other_tenant: w.unitX })[rel];
const areaOf = (rel: Rel) =>
  ({ own_unit: w.areaA, same_area: w.areaA, other_area: w.areaB, other_tenant: w.otherArea })[rel];
const tenantOf = (rel: Rel) => (rel === 'other_tenant' ? w.otherTenantId : w.tenantId);

async function freshPartyOrg(db: Executor, rel: Rel) {
  const now = new Date().toISOString();
  return q.insertPartyOrg(db, {
    tenantId: tenantOf(rel),
    unitId: unitOf(rel),
    parentId: null,
    name: `矩阵支部${++seq}`,
    type: 'branch',
    memberCount: 5,
    createdAt: now,
    updatedAt: now,
  });
}

async function unitBody(id: number) {
  const u = await t.deps.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return {
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    category: u.category,
    areaId: u.areaId,
    isWindow: u.isWindow === 1,
    contact: u.contact,
    phone: u.phone,
    sort: u.sort,
    version: u.version,
  };
}

const orgBody = async (id: number) => {
  const o = await t.deps.db
    .selectFrom('partyOrgs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    unitId: o.unitId,
    parentId: o.parentId,
    name: o.name,
    type: o.type,
    memberCount: o.memberCount,
    version: o.version,
  };
};

let importFile: Buffer;
const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET departments',
    matrix: readers,
    request: async () => ({ method: 'GET', url: '/api/orgs/departments' }),
  },
  { name: 'GET areas', matrix: readers, request: async () => ({ method: 'GET', url: '/api/orgs/areas' }) },
  {
    name: 'GET area-leader-candidates',
    matrix: staffOnly,
    request: async () => ({ method: 'GET', url: '/api/orgs/area-leader-candidates' }),
  },
  {
    name: 'GET categories',
    matrix: readers,
    request: async () => ({ method: 'GET', url: '/api/orgs/categories' }),
  },
  { name: 'GET units', matrix: readers, request: async () => ({ method: 'GET', url: '/api/orgs/units' }) },
  {
    name: 'GET unit-options',
    matrix: readers,
    request: async () => ({ method: 'GET', url: '/api/orgs/unit-options' }),
  },
  {
    name: 'GET party-orgs',
    matrix: readers,
    request: async () => ({ method: 'GET', url: '/api/orgs/party-orgs' }),
  },
  {
    name: 'GET units/:id',
    matrix: readRecord,
    request: async (rel) => ({ method: 'GET', url: `/api/orgs/units/${unitOf(rel!)}` }),
  },
  {
    name: 'GET units/:id/party-orgs/tree',
    matrix: readRecord,
    request: async (rel) => ({ method: 'GET', url: `/api/orgs/units/${unitOf(rel!)}/party-orgs/tree` }),
  },
  {
    name: 'POST units (area of the new unit)',
    matrix: staffWrite(400),
    request: async (rel) => ({
      method: 'POST',
      url: '/api/orgs/units',
      body: { code: `MX${++seq}`, name: `矩阵单位${seq}`, category: '综合管理部门', areaId: areaOf(rel!) },
    }),
  },
  {
    name: 'PUT units/:id',
    matrix: unitEdit(404),
    request: async (rel) => ({
      method: 'PUT',
      url: `/api/orgs/units/${unitOf(rel!)}`,
      body: await unitBody(unitOf(rel!)),
    }),
  },
  {
    name: 'DELETE units/:id (a fresh unit in the relation area)',
    matrix: staffWrite(404),
    request: async (rel) => ({
      method: 'DELETE',
      url: `/api/orgs/units/${await buildUnit(t.deps.db, tenantOf(rel!), { areaId: areaOf(rel!) })}`,
    }),
  },
  {
    name: 'POST party-orgs',
    matrix: unitEdit(400),
    request: async (rel) => ({
      method: 'POST',
      url: '/api/orgs/party-orgs',
      body: { unitId: unitOf(rel!), name: `矩阵新支部${++seq}`, type: 'branch' },
    }),
  },
  {
    name: 'PUT party-orgs/:id',
    matrix: unitEdit(404),
    request: async (rel) => {
      const id = await freshPartyOrg(t.deps.db, rel!);
      return { method: 'PUT', url: `/api/orgs/party-orgs/${id}`, body: await orgBody(id) };
    },
  },
  {
    name: 'DELETE party-orgs/:id',
    matrix: unitEdit(404),
    request: async (rel) => ({
      method: 'DELETE',
      url: `/api/orgs/party-orgs/${await freshPartyOrg(t.deps.db, rel!)}`,
    }),
  },
  {
    name: 'POST areas',
    matrix: staffOnly,
    request: async () => ({ method: 'POST', url: '/api/orgs/areas', body: { name: `矩阵片区${++seq}` } }),
  },
  {
    name: 'PUT areas/:id',
    matrix: staffWrite(404),
    request: async (rel) => {
      const a = await t.deps.db
        .selectFrom('areas')
        .selectAll()
        .where('id', '=', areaOf(rel!))
        .executeTakeFirstOrThrow();
      return {
        method: 'PUT',
        url: `/api/orgs/areas/${a.id}`,
        body: {
          name: a.name,
          leaderUserId: a.leaderUserId,
          liaisonDepartmentId: a.liaisonDepartmentId,
          sort: a.sort,
          version: a.version,
        },
      };
    },
  },
  {
    name: 'DELETE areas/:id (a fresh area)',
    matrix: staffWrite(404),
    request: async (rel) => ({
      method: 'DELETE',
      url: `/api/orgs/areas/${await buildArea(t.deps.db, tenantOf(rel!))}`,
    }),
  },
  {
    name: 'GET import/template',
    matrix: staffOnly,
    request: async () => ({ method: 'GET', url: '/api/orgs/import/template' }),
  },
  {
    name: 'POST import (dry run)',
    matrix: staffOnly,
    request: async () => ({ method: 'POST', url: '/api/orgs/import?dryRun=true', body: importFile }),
  },
  {
    name: 'GET export',
    matrix: { ...readers, adminA1: 403 },
    request: async () => ({ method: 'GET', url: '/api/orgs/export' }),
  },
];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  for (const p of PRINCIPALS) clients[p] = await login(t.app, w.users[p].username);
  importFile = await xlsxOf({
    单位: [['单位代码*', '单位名称*', '考核类别*']],
    党组织: [['单位代码*', '党组织名称*', '类型*']],
  });
  for (const rel of RELS) await freshPartyOrg(t.deps.db, rel);
});
afterAll(() => t.close());

async function send(client: Client, req: Awaited<ReturnType<Endpoint['request']>>) {
  if (Buffer.isBuffer(req.body)) {
    const { payload, headers } = await multipartOf(req.body);
    return client.request({ method: req.method, url: req.url, payload, headers });
  }
  return client.request({ method: req.method, url: req.url, payload: req.body as object | undefined });
}

describe('orgs permission matrix', () => {
  for (const endpoint of ENDPOINTS) {
    // An endpoint on records has four columns; a number in its row means the same status for all four.
    const relational = Object.values(endpoint.matrix).some(Array.isArray);
    describe(endpoint.name, () => {
      for (const principal of PRINCIPALS) {
        const row = endpoint.matrix[principal];
        const cells: [Rel | undefined, number][] = relational
          ? RELS.map((r, i) => [r, Array.isArray(row) ? row[i] : row])
          : [[undefined, row as number]];
        for (const [rel, expected] of cells) {
          it(`${principal}${rel ? ` × ${rel}` : ''} → ${expected}`, async () => {
            const res = await send(clients[principal], await endpoint.request(rel));
            expect(res.statusCode, res.body.slice(0, 300)).toBe(expected);
          });
        }
      }
    });
  }
});

describe('lists and exports return zero foreign rows', () => {
  const tenantUnits = () => [w.unitA1, w.unitA2, w.unitB1];
  it('units and party organisations: each principal sees exactly its reach', async () => {
    const other = await login(t.app, w.users.otherStaff.username);
    const reach: [Client, number[], boolean][] = [
      [clients.leader, tenantUnits(), false],
      [clients.staff, tenantUnits(), false],
      [clients.areaLeader, tenantUnits(), false],
      [clients.adminA1, [w.unitA1], true],
      [other, [w.unitX], false],
    ];
    for (const [client, units, exact] of reach) {
      const listed = (await client.get('/api/orgs/units', { pageSize: 200 }))
        .json()
        .items.map((u: { id: number }) => u.id);
      const allowedUnits = await t.deps.db
        .selectFrom('units')
        .select('id')
        .where('tenantId', '=', units.includes(w.unitX) ? w.otherTenantId : w.tenantId)
        .execute();
      if (exact) expect(listed).toEqual(units);
      else expect(listed.sort()).toEqual(allowedUnits.map((u) => u.id).sort());
      const options = (await client.get('/api/orgs/unit-options')).json() as { id: number }[];
      expect(options.map((u) => u.id).sort()).toEqual([...listed].sort());
      const orgs = (await client.get('/api/orgs/party-orgs', { pageSize: 200 })).json().items as {
        unitId: number;
      }[];
      expect(orgs.length).toBeGreaterThan(0);
      const allowed = new Set(exact ? units : allowedUnits.map((u) => u.id));
      expect(orgs.filter((o) => !allowed.has(o.unitId))).toEqual([]);
    }
    const otherAreas = (await other.get('/api/orgs/areas')).json() as { id: number }[];
    const theirAreas = await t.deps.db
      .selectFrom('areas')
      .select('id')
      .where('tenantId', '=', w.otherTenantId)
      .execute();
    expect(otherAreas.map((a) => a.id).sort()).toEqual(theirAreas.map((a) => a.id).sort());
    expect(otherAreas.map((a) => a.id)).toContain(w.otherArea);
  });

  it('an area leader exports only the units and party organisations of the area', async () => {
    const wb = await loadXlsx((await clients.areaLeader.get('/api/orgs/export')).rawPayload);
    const codes = (sheet: string) =>
      (wb.getWorksheet(sheet)!.getSheetValues() as unknown[][]).slice(2).map((r) => r[1] as string);
    const inArea = await t.deps.db.selectFrom('units').select('code').where('areaId', '=', w.areaA).execute();
    const allowed = new Set(inArea.map((u) => u.code));
    expect(codes('单位').length).toBeGreaterThan(0);
    expect(codes('单位').filter((c) => !allowed.has(c))).toEqual([]);
    expect(codes('党组织').length).toBeGreaterThan(0);
    expect(codes('党组织').filter((c) => !allowed.has(c))).toEqual([]);
  });
});
