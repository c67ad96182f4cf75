import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { DemoAccount } from '../../demo/foundation.js';
import { loadDemo } from '../../demo/index.js';
import { login } from '../../test/factories.js';
import { createTestDeps, type TestDeps } from '../../test/harness.js';
import { sessionsInspected, unitsOnPlan } from './figures-queries.js';

let deps: TestDeps;
let tenantId: number;
let accounts: DemoAccount[];
let app: FastifyInstance;

beforeAll(async () => {
  deps = await createTestDeps();
  accounts = await loadDemo(deps, { quiet: true });
  tenantId = (await deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  app = await buildApp(deps);
}, 120_000);
afterAll(async () => {
  await app.close();
  await deps.cleanup();
});

describe('the 2010 demo scenario', () => {
  it('lets the figures of the source document emerge from the records, and other periods differ', async () => {
    const scope = { tenantId, unitIds: null, areaIds: null };
    expect((await unitsOnPlan(deps.db, scope, 2010)).count).toBe(63);
    const h1 = await sessionsInspected(deps.db, scope, '2010-01-01', '2010-06-30');
    expect(h1.count).toBe(16);
    const q1 = await sessionsInspected(deps.db, scope, '2010-01-01', '2010-03-31');
    const q2 = await sessionsInspected(deps.db, scope, '2010-04-01', '2010-06-30');
    expect(q1.count + q2.count).toBe(16);
    expect(q1.count).toBeGreaterThan(0);
    expect(q2.count).toBeGreaterThan(0);
    expect((await sessionsInspected(deps.db, scope, '2010-07-01', '2010-12-31')).count).toBe(0);
    const plan = await deps.db.selectFrom('inspectionPlans').selectAll().executeTakeFirstOrThrow();
    expect(plan.docNo).toMatch(/^市直工委〔2010〕\d+号$/);
    expect(plan.issuedOn?.startsWith('2010-01')).toBe(true);
    // Some study plans late, some missing for the later sessions.
    const late = await deps.db
      .selectFrom('inspectionStudyPlans')
      .select('id')
      .where('late', '=', 1)
      .execute();
    expect(late.length).toBeGreaterThan(2);
    const returned = await deps.db
      .selectFrom('inspectionStudyPlans')
      .select('id')
      .where('status', '=', 'returned')
      .execute();
    expect(returned.length).toBeGreaterThan(0);
    const items = await deps.db.selectFrom('inspectionItems').select(['kind']).execute();
    expect(items.filter((i) => i.kind === 'practice').length).toBeGreaterThanOrEqual(16);
    expect(items.filter((i) => i.kind === 'shortcoming').length).toBeGreaterThanOrEqual(16);
  });

  it('accepts the study plans of inspected sessions and leaves later ones to review', async () => {
    const latest = await deps.db
      .selectFrom('inspectionStudyPlans as sp')
      .innerJoin('inspectionRecords as r', 'r.sessionId', 'sp.sessionId')
      .select(['sp.status', 'sp.acceptedAt', 'sp.acceptedBy'])
      .where('r.status', '=', 'submitted')
      .where('sp.status', '!=', 'returned')
      .execute();
    expect(latest.length).toBeGreaterThanOrEqual(16);
    expect(latest.every((p) => p.status === 'accepted' && p.acceptedAt && p.acceptedBy)).toBe(true);
  });

  it('shows a user of the 2010 demo, years later, what is still open in the 2010 plan', async () => {
    const staff = accounts.find((a) => a.role === 'committee_staff') as DemoAccount;
    const client = await login(app, staff.username, staff.password);
    const todos = (await client.get('/api/inspections/todos')).json() as { kind: string; year: number }[];
    const kinds = new Set(todos.map((x) => x.kind));
    expect(kinds.has('studyPlanToReview')).toBe(true);
    expect(kinds.has('studyPlanMissing')).toBe(true);
    expect(todos.every((x) => x.year === null || x.year === 2010)).toBe(true);
  });
});
