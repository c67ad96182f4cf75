import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadXlsx, multipartOf } from '../../platform/excel/test-kit.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
});
afterAll(() => t.close());

async function upload(client: Client, file: Buffer, dryRun: boolean) {
  const { payload, headers } = await multipartOf(file);
  return client.request({ method: 'POST', url: `/api/orgs/import?dryRun=${dryRun}`, payload, headers });
}

describe('export', () => {
  it('neutralises formula text, masks phones for an area leader, and stays inside the caller scope', async () => {
    const created = await staff.post('/api/orgs/units', {
      code: 'EVIL1',
      name: '=HYPERLINK("http://evil.example","点我")',
      category: '综合管理部门',
      areaId: w.areaA,
      phone: '0871-6512567',
    });
    expect(created.statusCode).toBe(200);
    const leader = await login(t.app, w.users.areaLeader.username);
    const res = await leader.get('/api/orgs/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''/);
    const wb = await loadXlsx(res.rawPayload);
    const rows = (wb.getWorksheet('单位')!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    const evil = rows.find((r) => r[0] === 'EVIL1')!;
    expect(evil[1]).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(evil[7]).toBe('0871-****567');
    const allowed = await t.deps.db
      .selectFrom('units')
      .select('code')
      .where('areaId', '=', w.areaA)
      .execute();
    expect(rows.map((r) => r[0]).sort()).toEqual(allowed.map((u) => u.code).sort());

    const staffWb = await loadXlsx((await staff.get('/api/orgs/export')).rawPayload);
    const staffRows = (staffWb.getWorksheet('单位')!.getSheetValues() as unknown[][])
      .slice(2)
      .map((r) => r.slice(1));
    expect(staffRows.find((r) => r[0] === 'EVIL1')![7]).toBe('0871-6512567');
    const foreign = await t.deps.db
      .selectFrom('units')
      .select('code')
      .where('tenantId', '=', w.otherTenantId)
      .execute();
    expect(staffRows.some((r) => foreign.some((f) => f.code === r[0]))).toBe(false);
  });

  it('exports a file that imports back unchanged', async () => {
    const exported = (await staff.get('/api/orgs/export')).rawPayload;
    const res = await upload(staff, exported, true);
    expect(res.json().errors).toEqual([]);
    expect(res.json().created).toEqual({ units: 0, partyOrgs: 0 });
    expect(res.json().updated).toEqual({ units: 0, partyOrgs: 0 });
  });

  it('is refused to unit admins and evaluators', async () => {
    for (const u of [w.users.adminA1, w.users.evaluator, w.users.auditor]) {
      expect((await (await login(t.app, u.username)).get('/api/orgs/export')).statusCode).toBe(403);
    }
  });
});
