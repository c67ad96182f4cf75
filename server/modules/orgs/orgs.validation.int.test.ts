import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabels, zh } from '../../../common/locale/index.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let staff: Client;
let unitId: number;
let orgId: number;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  unitId = (
    await staff.post('/api/orgs/units', { code: 'VAL1', name: '校验测试局', category: '综合管理部门' })
  ).json().id;
  orgId = (await staff.post('/api/orgs/party-orgs', { unitId, name: '校验支部', type: 'branch' })).json().id;
});
afterAll(() => t.close());

const unit = { code: 'VAL2', name: '某局', category: '综合管理部门' };
const org = () => ({ unitId, name: '新支部', type: 'branch' });
const long = (n: number) => '长'.repeat(n);

type Case = [string, 'GET' | 'POST' | 'PUT' | 'DELETE', () => string, unknown, string];
/** [what, method, url, body or query, the field the 400 must name]. */
const CASES: Case[] = [
  ['area without name', 'POST', () => '/api/orgs/areas', {}, 'name'],
  ['area name too long', 'POST', () => '/api/orgs/areas', { name: long(51) }, 'name'],
  ['area sort of wrong type', 'POST', () => '/api/orgs/areas', { name: '片区', sort: 'abc' }, 'sort'],
  [
    'area leader not an id',
    'POST',
    () => '/api/orgs/areas',
    { name: '片区', leaderUserId: -1 },
    'leaderUserId',
  ],
  ['area update without version', 'PUT', () => `/api/orgs/areas/${w.areaA}`, { name: '片区' }, 'version'],
  ['area id not a number', 'PUT', () => '/api/orgs/areas/abc', { name: '片区', version: 1 }, 'id'],
  ['area delete id not a number', 'DELETE', () => '/api/orgs/areas/abc', undefined, 'id'],
  ['unit code with spaces', 'POST', () => '/api/orgs/units', { ...unit, code: 'A B' }, 'code'],
  ['unit code too long', 'POST', () => '/api/orgs/units', { ...unit, code: 'A'.repeat(33) }, 'code'],
  ['unit name too long', 'POST', () => '/api/orgs/units', { ...unit, name: long(101) }, 'name'],
  ['unit without category', 'POST', () => '/api/orgs/units', { code: 'X1', name: '某局' }, 'category'],
  ['unit isWindow of wrong type', 'POST', () => '/api/orgs/units', { ...unit, isWindow: 'yes' }, 'isWindow'],
  ['unit phone with letters', 'POST', () => '/api/orgs/units', { ...unit, phone: 'call me' }, 'phone'],
  ['unit negative sort', 'POST', () => '/api/orgs/units', { ...unit, sort: -1 }, 'sort'],
  ['unit unknown area', 'POST', () => '/api/orgs/units', { ...unit, areaId: 999999 }, 'areaId'],
  ['unit duplicate code', 'POST', () => '/api/orgs/units', { ...unit, code: 'VAL1' }, 'code'],
  [
    'unit update without version',
    'PUT',
    () => `/api/orgs/units/${unitId}`,
    { ...unit, code: 'VAL1' },
    'version',
  ],
  ['unit id zero', 'GET', () => '/api/orgs/units/0', undefined, 'id'],
  ['tree of a non-numeric unit', 'GET', () => '/api/orgs/units/x/party-orgs/tree', undefined, 'id'],
  [
    'party org unknown type',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), type: 'cell' }),
    'type',
  ],
  [
    'party org impossible date',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), foundedOn: '2009-13-01' }),
    'foundedOn',
  ],
  [
    'party org date in another format',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), termStart: '2009/01/01' }),
    'termStart',
  ],
  [
    'party org fractional members',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), memberCount: 1.5 }),
    'memberCount',
  ],
  [
    'party org without unit',
    'POST',
    () => '/api/orgs/party-orgs',
    { name: '支部', type: 'branch' },
    'unitId',
  ],
  ['party org empty name', 'POST', () => '/api/orgs/party-orgs', () => ({ ...org(), name: '   ' }), 'name'],
  [
    'party org term ends before it starts',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), termStart: '2010-01-01', termEnd: '2009-01-01' }),
    'termEnd',
  ],
  [
    'party org duplicate name',
    'POST',
    () => '/api/orgs/party-orgs',
    () => ({ ...org(), name: '校验支部' }),
    'name',
  ],
  ['party org update without version', 'PUT', () => `/api/orgs/party-orgs/${orgId}`, () => org(), 'version'],
  [
    'party org as its own parent',
    'PUT',
    () => `/api/orgs/party-orgs/${orgId}`,
    () => ({ ...org(), name: '校验支部', parentId: orgId, version: 1 }),
    'parentId',
  ],
  ['unit list page 0', 'GET', () => '/api/orgs/units', { page: 0 }, 'page'],
  ['unit list page size 1000', 'GET', () => '/api/orgs/units', { pageSize: 1000 }, 'pageSize'],
  ['unit list unknown sort', 'GET', () => '/api/orgs/units', { sort: 'bogus' }, 'sort'],
  ['unit list bad order', 'GET', () => '/api/orgs/units', { order: 'up' }, 'order'],
  ['unit list area not an id', 'GET', () => '/api/orgs/units', { areaId: 'x' }, 'areaId'],
  ['unit list isWindow maybe', 'GET', () => '/api/orgs/units', { isWindow: 'maybe' }, 'isWindow'],
  ['party-org list unknown type', 'GET', () => '/api/orgs/party-orgs', { type: 'cell' }, 'type'],
  [
    'party-org list warning window too wide',
    'GET',
    () => '/api/orgs/party-orgs',
    { termEndingWithinMonths: 99 },
    'termEndingWithinMonths',
  ],
  ['party-org list keyword too long', 'GET', () => '/api/orgs/party-orgs', { q: long(51) }, 'q'],
  ['import with a bad dryRun', 'POST', () => '/api/orgs/import', { dryRun: 'maybe' }, 'dryRun'],
];

describe('bad input on every orgs endpoint: 400 naming the field, never 500', () => {
  for (const [what, method, url, input, field] of CASES) {
    it(what, async () => {
      const value = typeof input === 'function' ? input() : input;
      const res =
        method === 'GET' || (method === 'POST' && url() === '/api/orgs/import')
          ? await staff.request({ method, url: url(), query: value as Record<string, string> })
          : await staff.request({ method, url: url(), payload: value as object | undefined });
      expect(res.statusCode, res.body).toBe(400);
      const body = res.json();
      expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(body.message).toContain(fieldLabels[field]);
    });
  }

  it('answers malformed bodies (array, string, null, broken JSON) with 400', async () => {
    for (const payload of ['[1,2]', '"text"', 'null', '{"name":']) {
      const res = await staff.request({
        method: 'POST',
        url: '/api/orgs/units',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('optimistic locking', () => {
  it('a stale version gets 409 with the Chinese conflict message, for units, party orgs and areas', async () => {
    const current = (await staff.get(`/api/orgs/units/${unitId}`)).json();
    const body = {
      code: current.code,
      name: '改名一次',
      category: current.category,
      version: current.version,
    };
    expect((await staff.put(`/api/orgs/units/${unitId}`, body)).statusCode).toBe(200);
    const stale = await staff.put(`/api/orgs/units/${unitId}`, { ...body, name: '改名两次' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe(zh.errors.conflict);

    const o = { ...org(), name: '校验支部' };
    expect(
      (await staff.put(`/api/orgs/party-orgs/${orgId}`, { ...o, memberCount: 3, version: 1 })).statusCode,
    ).toBe(200);
    const staleOrg = await staff.put(`/api/orgs/party-orgs/${orgId}`, { ...o, memberCount: 4, version: 1 });
    expect(staleOrg.statusCode).toBe(409);
    expect(staleOrg.json().message).toBe(zh.errors.conflict);

    const area = (await staff.post('/api/orgs/areas', { name: '锁定测试片区' })).json().id;
    expect((await staff.put(`/api/orgs/areas/${area}`, { name: '改一', version: 1 })).statusCode).toBe(200);
    expect((await staff.put(`/api/orgs/areas/${area}`, { name: '改二', version: 1 })).statusCode).toBe(409);
  });
});

describe('audit', () => {
  it('writes exactly one audit row per change, and none for a refused change', async () => {
    const steps: [string, () => Promise<{ statusCode: number; json(): { id?: number } }>][] = [];
    let aId = 0;
    let uId = 0;
    let pId = 0;
    steps.push(['orgs.area.create', async () => staff.post('/api/orgs/areas', { name: '审计片区' })]);
    steps.push([
      'orgs.area.update',
      async () => staff.put(`/api/orgs/areas/${aId}`, { name: '审计片区二', version: 1 }),
    ]);
    steps.push([
      'orgs.unit.create',
      async () => staff.post('/api/orgs/units', { code: 'AUD1', name: '审计局', category: '综合管理部门' }),
    ]);
    steps.push([
      'orgs.unit.update',
      async () =>
        staff.put(`/api/orgs/units/${uId}`, {
          code: 'AUD1',
          name: '审计局二',
          category: '综合管理部门',
          version: 1,
        }),
    ]);
    steps.push([
      'orgs.partyOrg.create',
      async () => staff.post('/api/orgs/party-orgs', { unitId: uId, name: '审计支部', type: 'branch' }),
    ]);
    steps.push([
      'orgs.partyOrg.update',
      async () =>
        staff.put(`/api/orgs/party-orgs/${pId}`, {
          unitId: uId,
          name: '审计支部',
          type: 'branch',
          memberCount: 7,
          version: 1,
        }),
    ]);
    steps.push(['orgs.partyOrg.delete', async () => staff.del(`/api/orgs/party-orgs/${pId}`)]);
    steps.push(['orgs.unit.delete', async () => staff.del(`/api/orgs/units/${uId}`)]);
    steps.push(['orgs.area.delete', async () => staff.del(`/api/orgs/areas/${aId}`)]);
    for (const [action, step] of steps) {
      const [all, mine] = [await auditCount(t.deps.db), await auditCount(t.deps.db, action)];
      const res = await step();
      expect(res.statusCode, action).toBe(200);
      if (action === 'orgs.area.create') aId = res.json().id!;
      if (action === 'orgs.unit.create') uId = res.json().id!;
      if (action === 'orgs.partyOrg.create') pId = res.json().id!;
      expect(await auditCount(t.deps.db), action).toBe(all + 1);
      expect(await auditCount(t.deps.db, action), action).toBe(mine + 1);
    }
    const before = await auditCount(t.deps.db, 'orgs.unit.create');
    expect((await staff.post('/api/orgs/units', { ...unit, code: 'VAL1' })).statusCode).toBe(400);
    expect(await auditCount(t.deps.db, 'orgs.unit.create')).toBe(before);
  });

  it('audit rows cannot be updated or deleted through the app database connection', async () => {
    const before = await auditCount(t.deps.db);
    await expect(t.deps.db.updateTable('auditLog').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(t.deps.db.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
    expect(await auditCount(t.deps.db)).toBe(before);
    expect(await auditCount(t.deps.db, 'forged')).toBe(0);
  });

  it('the hash chain finds a row edited behind the triggers’ back', async () => {
    const auditor = await login(t.app, w.users.auditor.username);
    expect((await auditor.get('/api/audit/verify')).json()).toEqual({ intact: true, firstBrokenId: null });
    const victim = await t.deps.db
      .selectFrom('auditLog')
      .select('id')
      .where('tenantId', '=', w.tenantId)
      .where('action', '=', 'orgs.unit.create')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // Someone with direct database access (not the app) switches the guard off and edits a row.
    if (t.deps.dialect === 'sqlite') {
      await sql`DROP TRIGGER audit_log_no_update`.execute(t.deps.db);
      await sql`UPDATE audit_log SET actor_name = '伪造' WHERE id = ${victim.id}`.execute(t.deps.db);
    } else {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`.execute(t.deps.db);
      await sql`UPDATE audit_log SET actor_name = '伪造' WHERE id = ${victim.id}`.execute(t.deps.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`.execute(t.deps.db);
    }
    expect((await auditor.get('/api/audit/verify')).json()).toEqual({
      intact: false,
      firstBrokenId: victim.id,
    });
  });
});
