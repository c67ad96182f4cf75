import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let draft: Awaited<ReturnType<typeof buildExampleScheme>>;
let live: Awaited<ReturnType<typeof buildExampleScheme>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  leader = await login(t.app, w.users.leader.username);
  draft = await buildExampleScheme(t, w, staff, '草稿方案');
  live = await buildExampleScheme(t, w, staff, '评分方案');
  await staff.post(`/api/assessments/schemes/${live.id}/start`, {
    version: await schemeVersion(staff, live.id),
  });
});
afterAll(() => t?.close());

type Call = [method: 'get' | 'post' | 'put' | 'del', url: () => string, body: () => unknown, field: string];

const scheme = {
  name: '方案',
  kind: 'other',
  year: 2010,
  periodStart: '2010-01-01',
  periodEnd: '2010-12-31',
};
const CASES: Call[] = [
  ['get', () => '/api/assessments/schemes?pageSize=0', () => undefined, 'pageSize'],
  ['get', () => '/api/assessments/schemes?status=done', () => undefined, 'status'],
  ['get', () => '/api/assessments/schemes/abc', () => undefined, 'id'],
  ['post', () => '/api/assessments/schemes', () => ({ ...scheme, name: '' }), 'name'],
  ['post', () => '/api/assessments/schemes', () => ({ ...scheme, kind: 'x' }), 'kind'],
  ['post', () => '/api/assessments/schemes', () => ({ ...scheme, periodStart: '2010-13-45' }), 'periodStart'],
  ['post', () => '/api/assessments/schemes', () => ({ ...scheme, periodEnd: '2009-12-31' }), 'periodEnd'],
  [
    'post',
    () => '/api/assessments/schemes',
    () => ({ ...scheme, ballotEnabled: true, ballotWeight: 0 }),
    'ballotWeight',
  ],
  [
    'post',
    () => '/api/assessments/schemes',
    () => ({ ...scheme, ballotValues: { satisfied: 120, basic: 70, unsatisfied: 30 } }),
    'ballotValues.satisfied',
  ],
  ['put', () => `/api/assessments/schemes/${draft.id}`, () => ({ ...scheme }), 'version'],
  ['put', () => `/api/assessments/schemes/${draft.id}/units`, () => ({ unitIds: [], version: 1 }), 'unitIds'],
  [
    'put',
    () => `/api/assessments/schemes/${draft.id}/units`,
    () => ({ unitIds: [w.unitX], version: 99 }),
    'unitIds',
  ],
  ['post', () => `/api/assessments/schemes/${draft.id}/start`, () => ({}), 'version'],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/bodies`,
    () => ({ name: '主体', weight: 120 }),
    'weight',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/bodies`,
    () => ({ name: '主体', weight: 10, memberIds: [w.users.otherStaff.id] }),
    'memberIds',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/bodies`,
    () => ({ name: '主体', weight: 10, memberIds: [w.users.adminA1.id] }),
    'memberIds',
  ],
  [
    'put',
    () => `/api/assessments/schemes/${draft.id}/bodies/${draft.bodyA}`,
    () => ({ name: '主体', weight: 10 }),
    'version',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 0 }),
    'maxPoints',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 5, method: 'deduct' }),
    'deductionPer',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 5, parentId: draft.ind.A1 }),
    'parentId',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 5, bodyId: live.bodyA }),
    'bodyId',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 5, sourceKey: 'nope' }),
    'sourceKey',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${draft.id}/indicators`,
    () => ({ name: 'x', maxPoints: 5, sourceKey: 'party_org_term_overdue' }),
    'sourceKey',
  ],
  [
    'put',
    () => `/api/assessments/schemes/${draft.id}/indicators/${draft.ind.B}`,
    () => ({ name: 'x', maxPoints: 5 }),
    'version',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: live.units[0], items: [] }),
    'items',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: live.units[0], items: [{ indicatorId: live.ind.A1, value: -1 }] }),
    'items.0.value',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: live.units[0], items: [{ indicatorId: live.ind.A1, value: 25 }] }),
    'items.0.value',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: live.units[0], items: [{ indicatorId: live.ind.A2, value: 1.5 }] }),
    'items.0.value',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: live.units[0], items: [{ indicatorId: live.ind.A, value: 1 }] }),
    'items.0.indicatorId',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores`,
    () => ({ unitId: w.unitB1, items: [{ indicatorId: live.ind.A1, value: 1 }] }),
    'unitId',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/scores/prefill`,
    () => ({ indicatorId: 'x' }),
    'indicatorId',
  ],
  ['get', () => `/api/assessments/schemes/${live.id}/scores/history`, () => undefined, 'unitId'],
  [
    'put',
    () => `/api/assessments/schemes/${live.id}/ballots`,
    () => ({ items: [{ unitId: live.units[0], satisfied: -1, basic: 0, unsatisfied: 0, unknown: 0 }] }),
    'items.0.satisfied',
  ],
  [
    'put',
    () => `/api/assessments/schemes/${live.id}/ballots`,
    () => ({ items: [{ unitId: w.unitB1, satisfied: 1, basic: 0, unsatisfied: 0, unknown: 0 }] }),
    'items.0.unitId',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/vetoes`,
    () => ({ unitId: live.units[0], reason: ' ' }),
    'reason',
  ],
  [
    'post',
    () => `/api/assessments/schemes/${live.id}/vetoes`,
    () => ({ unitId: w.unitB1, reason: '违纪' }),
    'unitId',
  ],
  ['del', () => `/api/assessments/schemes/${live.id}/vetoes/0`, () => undefined, 'unitId'],
  ['post', () => `/api/assessments/schemes/${live.id}/publish`, () => ({ version: 'x' }), 'version'],
  ['post', () => `/api/assessments/schemes/${live.id}/awards`, () => ({ title: '十佳', topN: 0 }), 'topN'],
  ['post', () => '/api/assessments/awards/1/decision', () => ({ version: 1, decision: 'maybe' }), 'decision'],
  [
    'post',
    () => '/api/assessments/awards/1/objections',
    () => ({ unitId: 1, content: 'x', receivedOn: '昨天' }),
    'receivedOn',
  ],
  [
    'post',
    () => '/api/assessments/awards/1/objections/1/resolve',
    () => ({ decision: 'upheld', resolution: '' }),
    'resolution',
  ],
  ['post', () => '/api/assessments/awards/1/finalise', () => ({}), 'version'],
  ['get', () => '/api/assessments/awards/x', () => undefined, 'id'],
];

describe('bad input on every endpoint', () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))(
    'case %i: %s %s → 400 naming the field',
    async (_i, method, url, body, field) => {
      const client = url().includes('/decision') ? leader : staff;
      const res =
        method === 'get'
          ? await client.get(url())
          : method === 'del'
            ? await client.del(url())
            : await client[method](url(), body());
      expect(res.statusCode, res.body).toBe(400);
      const json = res.json();
      expect(json.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(json.message).toMatch(/[\u4e00-\u9fa5]/);
    },
  );
});

describe('one audit row per change', () => {
  it('writes exactly one row for each structure change and none for a refused one', async () => {
    const count = () => auditCount(t.deps.db);
    let n = await count();
    const created = await staff.post('/api/assessments/schemes', scheme);
    expect(await count()).toBe(n + 1);
    const id = created.json().id;
    n = await count();
    await staff.post(`/api/assessments/schemes/${id}/bodies`, {
      name: '工委',
      weight: 100,
      memberIds: [w.users.staff.id],
    });
    expect(await count()).toBe(n + 1);
    n = await count();
    const refused = await staff.post(`/api/assessments/schemes/${live.id}/bodies`, {
      name: '迟到',
      weight: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(await count()).toBe(n);
    n = await count();
    await staff.put(`/api/assessments/schemes/${live.id}/ballots`, {
      items: live.units.map((unitId) => ({ unitId, satisfied: 5, basic: 1, unsatisfied: 0, unknown: 0 })),
    });
    expect(await count()).toBe(n + 1);
    const rows = await t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'objectType'])
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(rows[0]).toEqual({ action: 'assessments.ballots.save', objectType: 'assessment_scheme' });
  });
});
