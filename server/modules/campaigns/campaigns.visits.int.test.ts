import { beforeAll, describe, expect, it } from 'vitest';
import { ok, workStyleEnv } from '../problems/test-kit.js';

/** 调研走访 and 暗访 are listed apart: the research group never carries an 暗访. */
const env = workStyleEnv();
const c = env.c;
const ids = { visit: 0, interview: 0, unannounced: 0 };

beforeAll(async () => {
  const base = { campaignId: env.campaignId, visitedOn: '2010-05-10' };
  ids.visit = ok(
    await c.staff.post('/api/work-style/visits', {
      ...base,
      visitKind: 'visit',
      targetType: 'chamber',
      targetName: '云州市总商会',
    }),
  ).id;
  ids.interview = ok(
    await c.staff.post('/api/work-style/visits', {
      ...base,
      visitKind: 'interview',
      targetType: 'npc_deputy',
      targetName: '王代表',
    }),
  ).id;
  ids.unannounced = ok(
    await c.staff.post('/api/work-style/visits', {
      ...base,
      visitKind: 'unannounced',
      targetType: 'window_unit',
      unitId: env.windowUnit,
      visitedTime: '09:30',
      observers: '张明',
    }),
  ).id;
});

const listed = async (query: Record<string, string>) =>
  ok<{ items: { id: number; visitKind: string }[] }>(await c.staff.get('/api/work-style/visits', query))
    .items;

describe('visit lists by kind', () => {
  it('lists visits and interviews, not 暗访, for the research group', async () => {
    const rows = await listed({ group: 'research' });
    expect(rows.map((r) => r.id).sort()).toEqual([ids.visit, ids.interview].sort());
  });
  it('lists only 暗访 for the unannounced group or kind, and one kind within the research group', async () => {
    expect((await listed({ group: 'unannounced' })).map((r) => r.id)).toEqual([ids.unannounced]);
    expect((await listed({ visitKind: 'unannounced' })).map((r) => r.id)).toEqual([ids.unannounced]);
    expect((await listed({ group: 'research', visitKind: 'interview' })).map((r) => r.id)).toEqual([
      ids.interview,
    ]);
    expect(await listed({ group: 'research', visitKind: 'unannounced' })).toEqual([]);
  });
});
