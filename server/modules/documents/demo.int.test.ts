import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotState } from '../../../common/tasks.js';
import type { DemoAccount } from '../../demo/foundation.js';
import { loadDemo } from '../../demo/index.js';
import { shanghaiDate } from '../../platform/clock.js';
import { login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { mechanismFigures } from '../mechanisms/figures-queries.js';
import { taskFigures } from '../tasks/figures-queries.js';

let t: TestApp;
let accounts: DemoAccount[];

beforeAll(async () => {
  t = await createTestApp();
  accounts = await loadDemo(t.deps, { quiet: true });
}, 120_000);
afterAll(() => t.close());

const account = (role: string) => accounts.find((a) => a.role === role)!;

describe('documents demo (2010)', () => {
  it('issues the source’s documents with consecutive 发文字号 after the 巡听 notice, and keeps one draft', async () => {
    const staff = await login(
      t.app,
      account('committee_staff').username,
      account('committee_staff').password,
    );
    const list = (
      await staff.get('/api/documents', { sort: 'writtenOn', order: 'asc', pageSize: 50 })
    ).json();
    const titles = list.items.map((d: { title: string }) => d.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        '关于推进学习型党组织建设的实施意见',
        '关于推行“168”党建工作机制的实施方案',
        '关于召开推行“168”党建工作机制推进会的通知',
      ]),
    );
    expect(titles.some((x: string) => x.includes('巡听'))).toBe(false);
    const issued = list.items.filter((d: { status: string }) => d.status === 'issued');
    const numbers = issued.map((d: { docNumber: string }) => Number(/〔2010〕(\d+)号/.exec(d.docNumber)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(list.items.filter((d: { status: string }) => d.status === 'draft')).toHaveLength(1);
    const first = (await staff.get(`/api/documents/${issued[0].id}`)).json();
    expect(first.blocks[0].text).toContain('中办发〔2009〕44号');
    expect(first.readCount).toBeLessThan(first.recipientCount);
  });

  it('has task slots in every state, with the overall matrix matching a recount', async () => {
    const today = shanghaiDate();
    const rows = await t.deps.db.selectFrom('taskSlots').selectAll().execute();
    const states = new Set(rows.map((r) => slotState(r, today)));
    for (const s of ['done', 'late', 'review', 'returned', 'missing'])
      expect(states.has(s as never), s).toBe(true);
    expect(rows.some((r) => r.extensionStatus === 'granted')).toBe(true);
    expect(rows.some((r) => r.extensionStatus === 'refused')).toBe(true);
    expect(rows.some((r) => r.reminderCount > 0)).toBe(true);
    const staff = await login(
      t.app,
      account('committee_staff').username,
      account('committee_staff').password,
    );
    const m = (await staff.get('/api/tasks/matrix', { year: 2010 })).json();
    expect(m.columns).toHaveLength(3);
    const total = Object.values(m.totals as Record<string, number>).reduce((a, b) => a + b, 0);
    const unitTaskPairs = new Set(rows.map((r) => `${r.unitId}:${r.taskId}`));
    expect(total).toBe(unitTaskPairs.size);
    const figures = await taskFigures(
      t.deps.db,
      (await t.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id,
      { from: '2010-01-01', to: '2010-06-30' },
      '2010-06-30',
    );
    expect(figures.onTimeSlotIds.length).toBeGreaterThan(figures.overdueSlotIds.length);
    expect(figures.overdueSlotIds.length).toBeGreaterThan(0);
  });

  it('rolls out “168” unevenly: pilots ahead, a tail of lagging units', async () => {
    const tenantId = (await t.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
    const [f] = await mechanismFigures(t.deps.db, tenantId, '2010-06-30');
    expect(f.elementIds).toHaveLength(15);
    const pilots = f.perUnit.filter((u) => u.isPilot);
    expect(pilots).toHaveLength(8);
    const avg = (xs: { rate: number }[]) => xs.reduce((n, x) => n + x.rate, 0) / xs.length;
    expect(avg(pilots)).toBeGreaterThan(avg(f.perUnit.filter((u) => !u.isPilot)) + 0.3);
    expect(f.laggingUnitIds.length).toBeGreaterThanOrEqual(8);
    expect(f.rate).toBeGreaterThan(0);
  });
});
