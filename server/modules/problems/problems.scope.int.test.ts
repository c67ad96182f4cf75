import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { createProblem, ok, versionOf, workStyleEnv } from './test-kit.js';

/** Who sees and touches which problem, on item, list, statistics and export (台账) endpoints. */
const env = workStyleEnv();
const c = env.c;

describe('who sees and touches what', () => {
  it('gives a unit admin only its own problems on item, list, statistics and export endpoints', async () => {
    const mine = await createProblem(c.staff, env.w.unitA1, { description: '甲单位的问题' });
    const theirs = await createProblem(c.staff, env.w.unitA2, {
      description: '=HYPERLINK("http://x","乙单位的问题")',
    });
    const far = await createProblem(c.staff, env.w.unitB1, { description: '另一片区的问题' });
    ok(
      await c.staff.post('/api/problems/feedback', {
        items: [mine, theirs, far].map((p) => ({ id: p.id, version: 1 })),
        replyBy: '2010-06-30',
      }),
    );
    const list = ok<{ items: { unitId: number }[]; total: number }>(
      await c.adminA1.get('/api/problems', { pageSize: 200 }),
    );
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((p) => p.unitId === env.w.unitA1)).toBe(true);
    expect((await c.adminA1.get(`/api/problems/${theirs.id}`)).statusCode).toBe(404);
    expect((await c.adminA1.get(`/api/problems/${far.id}`)).statusCode).toBe(404);
    expect((await c.adminA1.get('/api/problems', { unitId: env.w.unitA2 })).json().total).toBe(0);
    const stats = ok<{ byUnit: { key: string }[] }>(await c.adminA1.get('/api/problems/stats'));
    expect(stats.byUnit.map((b) => Number(b.key))).toEqual([env.w.unitA1]);

    const rows = await ledgerRows(c.adminA1);
    expect(rows.problems.length).toBe(list.total);
    expect(rows.problems.every((r) => r[4] === rows.unitNameA1)).toBe(true);

    // The area leader sees area A (A1, A2), never B1; the other tenant sees nothing.
    const area = ok<{ items: { unitId: number }[] }>(
      await c.areaLeader.get('/api/problems', { pageSize: 200 }),
    );
    expect(area.items.some((p) => p.unitId === env.w.unitA2)).toBe(true);
    expect(area.items.every((p) => p.unitId !== env.w.unitB1)).toBe(true);
    expect((await c.areaLeader.get(`/api/problems/${far.id}`)).statusCode).toBe(404);
    expect(ok<{ total: number }>(await c.otherStaff.get('/api/problems')).total).toBe(0);
    expect((await c.otherStaff.get(`/api/problems/${mine.id}`)).statusCode).toBe(404);
    expect((await c.evaluator.get('/api/problems')).statusCode).toBe(403);

    // Committee export: formula text is neutralised.
    const all = await ledgerRows(c.staff);
    const cell = all.problems.find((r) => String(r[7]).includes('HYPERLINK'))?.[7];
    expect(cell).toBe(`'=HYPERLINK("http://x","乙单位的问题")`);

    // Roles: units answer, the committee verifies; neither does the other's part.
    const v = await versionOf(c.adminA1, mine.id);
    expect(
      (
        await c.staff.put(`/api/problems/${mine.id}/rectification`, {
          measures: 'x',
          responsibleLeader: 'x',
          responsiblePerson: 'x',
          deadlineType: 'immediate',
          version: v,
        })
      ).statusCode,
    ).toBe(403);
    expect((await c.adminA1.post(`/api/problems/${mine.id}/verify`, { version: v })).statusCode).toBe(403);
    expect(
      (
        await c.adminA2.put(`/api/problems/${mine.id}/rectification`, {
          measures: 'x',
          responsibleLeader: 'x',
          responsiblePerson: 'x',
          deadlineType: 'immediate',
          version: v,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await c.leader.post('/api/problems', {
          sourceType: 'manual',
          unitId: env.w.unitA1,
          categoryName: '办事效率',
          description: 'x',
          foundOn: '2010-06-10',
        })
      ).statusCode,
    ).toBe(403);
    expect((await c.adminA1.post(`/api/problems/${mine.id}/remind`, {})).statusCode).toBe(403);
  });
});

async function ledgerRows(c: Client) {
  const res = await c.get('/api/problems/export');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['问题清单', '任务清单', '责任清单']);
  const rowsOf = (i: number) => {
    const out: unknown[][] = [];
    wb.worksheets[i].eachRow((row, n) => {
      if (n > 2) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };
  const unitNameA1 = (
    await env.t.deps.db
      .selectFrom('units')
      .select('name')
      .where('id', '=', env.w.unitA1)
      .executeTakeFirstOrThrow()
  ).name;
  return { problems: rowsOf(0), tasks: rowsOf(1), duties: rowsOf(2), unitNameA1 };
}
