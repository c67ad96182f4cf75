import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadXlsx, multipartOf, xlsxOf } from '../../platform/excel/test-kit.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  ex = await buildExampleScheme(t, w, staff, '测评导入');
  await staff.post(`/api/assessments/schemes/${ex.id}/start`, { version: await schemeVersion(staff, ex.id) });
});
afterAll(() => t?.close());

const HEADER = ['单位名称', '满意', '基本满意', '不满意', '不了解'];
const upload = async (rows: unknown[][]) => {
  const { payload, headers } = await multipartOf(await xlsxOf({ 测评: [HEADER, ...rows] }), 'ballots.xlsx');
  return staff.request({
    method: 'POST',
    url: `/api/assessments/schemes/${ex.id}/ballots/import`,
    payload,
    headers,
  });
};

describe('ballot import from Excel', () => {
  it('refuses the whole file when any row is wrong, naming row and column', async () => {
    const before = await auditCount(t.deps.db, 'assessments.ballots.save');
    const res = await upload([
      ['测评导入单位1', 8, 2, 0, 5],
      ['不存在的单位', 1, 1, 1, 1],
      ['测评导入单位2', -3, 2, 0, 0],
      ['测评导入单位1', 1, 0, 0, 0],
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const { saved, errors } = res.json();
    expect(saved).toBe(0);
    expect(errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '单位名称'],
      [4, '满意'],
      [5, '单位名称'],
    ]);
    expect((await staff.get(`/api/assessments/schemes/${ex.id}/ballots`)).json()).toHaveLength(0);
    expect(await auditCount(t.deps.db, 'assessments.ballots.save')).toBe(before);
  });

  it('imports a good file with one audit row, and the same file twice changes nothing', async () => {
    const rows = ex.units.map((_u, i) => [`测评导入单位${i + 1}`, 10 + i, 2, 1, 3]);
    const first = await upload(rows);
    expect(first.json()).toEqual({ saved: 6, errors: [] });
    const again = await upload(rows);
    expect(again.json()).toEqual({ saved: 6, errors: [] });
    const ballots = (await staff.get(`/api/assessments/schemes/${ex.id}/ballots`)).json();
    expect(ballots).toHaveLength(6);
    expect(ballots.find((b: { unitId: number }) => b.unitId === ex.units[2])).toMatchObject({
      satisfied: 12,
      basic: 2,
      unsatisfied: 1,
      unknown: 3,
    });
  });

  it('answers 400 in Chinese for a missing column, a non-Excel file or no file', async () => {
    const { payload, headers } = await multipartOf(
      await xlsxOf({
        测评: [
          ['单位名称', '满意'],
          ['测评导入单位1', 1],
        ],
      }),
      'b.xlsx',
    );
    const missing = await staff.request({
      method: 'POST',
      url: `/api/assessments/schemes/${ex.id}/ballots/import`,
      payload,
      headers,
    });
    expect(missing.json().errors[0].message).toContain('缺少列「基本满意」');
    const junk = await multipartOf(Buffer.from('not a workbook'), 'b.xlsx');
    const bad = await staff.request({
      method: 'POST',
      url: `/api/assessments/schemes/${ex.id}/ballots/import`,
      ...junk,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/Excel/);
    const none = await staff.post(`/api/assessments/schemes/${ex.id}/ballots/import`, {});
    expect(none.statusCode).toBe(400);
  });

  it('gives a template with the units in scope that imports back as filled in; staff only', async () => {
    const res = await staff.get(`/api/assessments/schemes/${ex.id}/ballots/template`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '测评导入-测评票数导入模板.xlsx',
    );
    const sheet = (await loadXlsx(res.rawPayload)).worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names).toHaveLength(ex.units.length);
    for (const [i, row] of names.entries()) {
      const r = sheet.getRow(i + 2);
      for (let c = 2; c <= 5; c++) r.getCell(c).value = 3;
      expect(row).toContain('测评导入单位');
    }
    const filled = Buffer.from(await sheet.workbook.xlsx.writeBuffer());
    const { payload, headers } = await multipartOf(filled, 'template.xlsx');
    const back = await staff.request({
      method: 'POST',
      url: `/api/assessments/schemes/${ex.id}/ballots/import`,
      payload,
      headers,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().saved).toBe(ex.units.length);
    for (const who of [w.users.leader, w.users.evaluator, w.users.adminA1]) {
      const other = await login(t.app, who.username);
      expect((await other.get(`/api/assessments/schemes/${ex.id}/ballots/template`)).statusCode).toBe(403);
    }
    const foreign = await login(t.app, w.users.otherStaff.username);
    expect((await foreign.get(`/api/assessments/schemes/${ex.id}/ballots/template`)).statusCode).toBe(404);
    expect((await staff.get('/api/assessments/schemes/abc/ballots/template')).statusCode).toBe(400);
  });
});
