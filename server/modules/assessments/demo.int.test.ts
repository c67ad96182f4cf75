import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/index.js';
import { login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let accounts: Awaited<ReturnType<typeof loadDemo>>;
beforeAll(async () => {
  t = await createTestApp();
  accounts = await loadDemo(t.deps, { quiet: true });
}, 180_000);
afterAll(() => t?.close());

describe('assessments demo step', () => {
  it('leaves the 作风建设 joint scheme and the 中心组 selection in progress, partly scored', async () => {
    const staffAccount = accounts.find((a) => a.role === 'committee_staff')!;
    const staff = await login(t.app, staffAccount.username, staffAccount.password);
    const list = (await staff.get('/api/assessments/schemes')).json();
    expect(list.items.map((s: { name: string }) => s.name).sort()).toEqual([
      '2010年度优秀学习中心组评选',
      '2010年度机关作风建设考评',
    ]);
    expect(list.items.every((s: { status: string }) => s.status === 'scoring')).toBe(true);
    const joint = list.items.find((s: { kind: string }) => s.kind === 'work_style');
    const results = (await staff.get(`/api/assessments/schemes/${joint.id}/results`)).json();
    const rows = results.categories.flatMap((c: { rows: { complete: boolean }[] }) => c.rows);
    expect(rows.some((r: { complete: boolean }) => r.complete)).toBe(true);
    expect(rows.some((r: { complete: boolean }) => !r.complete)).toBe(true);

    const evaluatorAccount = accounts.find((a) => a.role === 'efficiency_evaluator')!;
    const evaluator = await login(t.app, evaluatorAccount.username, evaluatorAccount.password);
    const mine = (await evaluator.get('/api/assessments/schemes')).json();
    expect(mine.items.map((s: { id: number }) => s.id)).toEqual([joint.id]);
    const detail = (await evaluator.get(`/api/assessments/schemes/${joint.id}`)).json();
    expect(detail.bodies.map((b: { name: string }) => b.name)).toEqual(['市效能办']);
  });
});
