import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../cli.js';
import { clock } from '../../platform/clock.js';
import {
  auditCount,
  buildWorld,
  type Client,
  login,
  TEST_PASSWORD,
  type World,
} from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createProblem } from '../problems/test-kit.js';

/**
 * Small data sets with known counts, built through the modules' own APIs: the figures, the drafted
 * text and the CLI's JSON must say exactly these counts, with exactly these records as sources.
 */
let t: TestApp;
let w: World;
let other: World;
let staff: Client;
let otherStaff: Client;
const H1 = { from: '2010-01-01', to: '2010-06-30' };
const mine: number[] = [];

async function cliJson(args: string[]) {
  const out: string[] = [];
  const code = await runCommand(t.deps, ['summary', ...args, '--json'], (s) => out.push(s));
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as {
    text: string;
    figures: { key: string; value: number; sources: { type: string; id: number }[] }[];
  };
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  other = await buildWorld(t.deps.db);
  clock.freeze('2010-08-01T02:00:00Z');
  staff = await login(t.app, w.users.staff.username);
  otherStaff = await login(t.app, other.users.staff.username);
  // Data set 1: three problems in H1 in two departments (A1 twice, B1 once), one in July.
  for (const [unitId, foundOn] of [
    [w.unitA1, '2010-03-02'],
    [w.unitA1, '2010-05-20'],
    [w.unitB1, '2010-06-30'],
  ] as const) {
    mine.push((await createProblem(staff, unitId, { foundOn })).id);
  }
  await createProblem(staff, w.unitA2, { foundOn: '2010-07-01' });
  // Data set 2, another committee: four problems in H1 in three departments.
  for (const unitId of [other.unitA1, other.unitA2, other.unitB1, other.unitB1])
    await createProblem(otherStaff, unitId, { foundOn: '2010-04-01' });
}, 60_000);
afterAll(async () => {
  clock.reset();
  await t.close();
});

describe('figures from records', () => {
  it('counts the period exactly, with the records counted as sources', async () => {
    const res = await staff.get('/api/reports/figures/problems.found', H1);
    expect(res.statusCode).toBe(200);
    expect(res.json().value).toBe(3);
    expect(
      res
        .json()
        .sources.map((s: { id: number }) => s.id)
        .sort(),
    ).toEqual([...mine].sort());
    expect((await staff.get('/api/reports/figures/problems.departments', H1)).json().value).toBe(2);
    expect(
      (
        await staff.get('/api/reports/figures/problems.found', { from: '2010-07-01', to: '2010-12-31' })
      ).json().value,
    ).toBe(1);
  });

  it('keeps each caller to its scope: an area leader its area, a unit admin its unit, a committee its own records', async () => {
    const area = await login(t.app, w.users.areaLeader.username);
    expect((await area.get('/api/reports/figures/problems.found', H1)).json().value).toBe(2);
    const unitB1 = await login(t.app, w.users.adminB1.username);
    expect((await unitB1.get('/api/reports/figures/problems.found', H1)).json().value).toBe(1);
    expect(
      (await unitB1.get('/api/reports/figures/problems.found', { ...H1, unitId: w.unitA1 })).statusCode,
    ).toBe(404);
    expect(
      (await area.get('/api/reports/figures/problems.found', { ...H1, areaId: w.areaB })).statusCode,
    ).toBe(404);
    const theirs = (await otherStaff.get('/api/reports/figures/problems.found', H1)).json();
    expect(theirs.sources.some((s: { id: number }) => mine.includes(s.id))).toBe(false);
  });

  it('refuses bad periods and unknown figures with clear messages', async () => {
    const missing = await staff.get('/api/reports/figures', { to: '2010-06-30' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].field).toBe('from');
    expect(missing.json().message).toContain('开始日期');
    const reversed = await staff.get('/api/reports/figures', { from: '2010-06-30', to: '2010-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toContain('结束日期不能早于开始日期');
    expect(
      (await staff.get('/api/reports/figures', { from: '2010-02-30', to: '2010-06-30' })).statusCode,
    ).toBe(400);
    expect((await staff.get('/api/reports/figures/no.such', H1)).statusCode).toBe(404);
  });
});

describe('the drafted summary', () => {
  it('drafts from data set 1, and a different data set gives different, correct figures', async () => {
    const first = await cliJson(['--from', H1.from, '--to', H1.to, '--tenant', String(w.tenantId)]);
    expect(first.text).toContain('共查找机关作风问题3条，涉及2个部门');
    const found = first.figures.find((f) => f.key === 'problems.found')!;
    expect(found.sources).toEqual(mine.map((id) => ({ type: 'problem', id })));
    const second = await cliJson(['--from', H1.from, '--to', H1.to, '--tenant', String(other.tenantId)]);
    expect(second.text).toContain('共查找机关作风问题4条，涉及3个部门');
    expect(second.text).not.toContain('巡听');
  });

  it('saves versions, checks tokens and versions, and audits each change once', async () => {
    const before = await auditCount(t.deps.db);
    const { id } = (await staff.post('/api/reports/summaries', H1)).json();
    expect(await auditCount(t.deps.db)).toBe(before + 1);
    const draft = (await staff.get(`/api/reports/summaries/${id}`)).json();
    const unknownToken = await staff.put(`/api/reports/summaries/${id}`, {
      title: draft.title,
      blocks: [{ kind: 'p', text: '共{{no.such}}条' }],
      version: draft.version,
    });
    expect(unknownToken.statusCode).toBe(400);
    expect(unknownToken.json().fields[0].field).toBe('blocks.0.text');
    const saved = await staff.put(`/api/reports/summaries/${id}`, {
      title: '改过的标题',
      blocks: draft.blocks,
      version: draft.version,
    });
    expect(saved.json().version).toBe(2);
    expect(await auditCount(t.deps.db)).toBe(before + 2);
    const stale = await staff.put(`/api/reports/summaries/${id}`, {
      title: 'x',
      blocks: draft.blocks,
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await staff.get(`/api/reports/summaries/${id}/versions`))
        .json()
        .map((v: { version: number }) => v.version),
    ).toEqual([2, 1]);
    const empty = await staff.put(`/api/reports/summaries/${id}`, { title: '', blocks: [], version: 2 });
    expect(empty.statusCode).toBe(400);
  });

  it('is for the committee only: unit admins, area leaders, evaluators, admins and other committees are refused', async () => {
    const { id } = (await staff.post('/api/reports/summaries', H1)).json();
    for (const who of ['adminA1', 'areaLeader', 'evaluator', 'sysadmin', 'auditor'] as const) {
      const c = await login(t.app, w.users[who].username);
      expect((await c.get('/api/reports/summaries')).statusCode, who).toBe(403);
      expect((await c.post('/api/reports/summaries', H1)).statusCode, who).toBe(403);
    }
    expect((await otherStaff.get(`/api/reports/summaries/${id}`)).statusCode).toBe(404);
    expect(
      (await otherStaff.get('/api/reports/summaries')).json().items.some((s: { id: number }) => s.id === id),
    ).toBe(false);
  });
});

describe('CLI: reset-admin-password', () => {
  it('gives an administrator a temporary password that must be changed, and ends its sessions', async () => {
    const auditor = await login(t.app, w.users.auditor.username);
    const out: string[] = [];
    expect(
      await runCommand(t.deps, ['reset-admin-password', w.users.auditor.username], (s) => out.push(s)),
    ).toBe(0);
    expect((await auditor.get('/api/me')).statusCode).toBe(401);
    const password = out.join('\n').split('：').pop()!.trim();
    const again = await login(t.app, w.users.auditor.username, password);
    expect((await again.get('/api/me')).json().passwordExpired).toBe(true);
    expect(await runCommand(t.deps, ['reset-admin-password', w.users.staff.username], () => undefined)).toBe(
      1,
    );
    expect((await login(t.app, w.users.staff.username, TEST_PASSWORD)).cookie).toBeTruthy();
  });
});

describe('the figure list without records', () => {
  it('gives the same values with no sources when withSources=false, and refuses a bad flag naming it', async () => {
    const full = (await staff.get('/api/reports/figures', H1)).json().figures as {
      key: string;
      value: number;
      sources: unknown[];
    }[];
    const lean = (await staff.get('/api/reports/figures', { ...H1, withSources: false })).json()
      .figures as typeof full;
    expect(lean.map((f) => [f.key, f.value])).toEqual(full.map((f) => [f.key, f.value]));
    expect(lean.every((f) => f.sources.length === 0)).toBe(true);
    expect(full.some((f) => f.sources.length > 0)).toBe(true);
    const bad = await staff.get('/api/reports/figures', { ...H1, withSources: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('含来源记录');
  });
});
