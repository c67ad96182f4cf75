import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../common/reports.js';
import { loadXlsx } from '../../platform/excel/test-kit.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

/** 统计概览 → Excel (export job reports.dashboard): the workbook holds what the page shows. */
let t: TestApp;
let w: World;
let staff: Client;
const H1 = { from: '2010-01-01', to: '2010-06-30' };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  for (const [unitId, foundOn] of [
    [w.unitA1, '2010-03-02'],
    [w.unitB1, '2010-05-20'],
    [w.unitB1, '2010-08-01'], // outside the period
  ] as const) {
    const res = await staff.post('/api/problems', {
      sourceType: 'manual',
      unitId,
      categoryName: '办事效率',
      description: `导出测试问题 ${foundOn}`,
      foundOn,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(() => t.close());

async function exportDashboard(c: Client, params: Record<string, unknown>) {
  const started = await c.post('/api/exports', { kind: 'reports.dashboard', params });
  if (started.statusCode !== 202) return { status: started.statusCode, body: started.json() };
  const { id } = started.json();
  for (let i = 0; i < 400; i++) {
    const job = (await c.get(`/api/exports/${id}`)).json();
    if (job.status === 'done') {
      const file = await c.get(`/api/exports/${id}/file`);
      return { status: 200, job, workbook: await loadXlsx(file.rawPayload) };
    }
    if (job.status === 'failed') throw new Error(job.error);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error('export did not finish');
}

const rowsOf = (sheet: ExcelJS.Worksheet | undefined) =>
  ((sheet?.getSheetValues() ?? []) as unknown[][]).slice(2).map((r) => r.slice(1));

describe('统计概览 export', () => {
  it('writes every figure with its value, each record it counted, and every unit of the heat map', async () => {
    const { workbook, job } = await exportDashboard(staff, H1);
    const { figures } = (await staff.get('/api/reports/figures', H1)).json() as { figures: Figure[] };
    const figureRows = rowsOf(workbook?.getWorksheet('数据指标'));
    expect(figureRows.map((r) => [r[1], r[2]])).toEqual(figures.map((f) => [f.label, f.value]));
    const found = figures.find((f) => f.key === 'problems.found') as Figure;
    expect(found.value).toBe(2);
    const sourceRows = rowsOf(workbook?.getWorksheet('来源记录'));
    expect(sourceRows.filter((r) => r[0] === found.label).map((r) => r[2])).toEqual(
      found.sources.map((s) => s.id),
    );
    expect(sourceRows).toHaveLength(figures.reduce((n, f) => n + f.sources.length, 0));
    const heat = (await staff.get('/api/reports/heatmap', { ...H1, pageSize: 100 })).json();
    const heatRows = rowsOf(workbook?.getWorksheet('单位工作落实热力图'));
    expect(heatRows.map((r) => r[0])).toEqual(heat.rows.map((r: { unitName: string }) => r.unitName));
    expect(job.doneRows).toBe(job.totalRows);
    expect(job.totalRows).toBe(figures.length + heat.total);
  });

  it("keeps a unit admin's workbook to its own unit", async () => {
    const admin = await login(t.app, w.users.adminB1.username);
    const { workbook } = await exportDashboard(admin, H1);
    const heatRows = rowsOf(workbook?.getWorksheet('单位工作落实热力图'));
    expect(heatRows).toHaveLength(1);
    const own = (await admin.get('/api/reports/figures', H1)).json().figures as Figure[];
    expect(rowsOf(workbook?.getWorksheet('数据指标')).map((r) => [r[1], r[2]])).toEqual(
      own.map((f) => [f.label, f.value]),
    );
  });

  it('refuses a bad period with 400 naming the field, and roles without the dashboard', async () => {
    const bad = await exportDashboard(staff, { from: '2010-6-1', to: '2010-06-30' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('params.from');
    const reversed = await exportDashboard(staff, { from: '2010-07-01', to: '2010-06-30' });
    expect(reversed.status).toBe(400);
    for (const who of ['evaluator', 'sysadmin', 'auditor'] as const) {
      const c = await login(t.app, w.users[who].username);
      expect((await exportDashboard(c, H1)).status, who).toBe(403);
    }
  });
});
