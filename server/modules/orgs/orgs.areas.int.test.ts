import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let other: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  other = await buildWorld(t.deps.db);
});
afterAll(() => t.close());

describe('片区分管领导', () => {
  it('offers the committee staff the area leaders of their own committee only, and lets them assign one', async () => {
    const newLeader = await buildUser(t.deps.db, w.tenantId, 'area_leader', { displayName: '新任分管领导' });
    await buildUser(t.deps.db, w.tenantId, 'committee_staff', { displayName: '普通干部' });
    const staff = await login(t.app, w.users.staff.username);
    const candidates = (await staff.get('/api/orgs/area-leader-candidates')).json() as {
      id: number;
      displayName: string;
    }[];
    const ids = candidates.map((c) => c.id);
    expect(ids).toContain(newLeader.id);
    expect(ids).toContain(w.users.areaLeader.id);
    expect(ids).not.toContain(other.users.areaLeader.id);
    expect(candidates.some((c) => c.displayName === '普通干部')).toBe(false);

    const areas = (await staff.get('/api/orgs/areas')).json() as {
      id: number;
      name: string;
      version: number;
      sort: number;
    }[];
    const areaB = areas.find((a) => a.id === w.areaB)!;
    const res = await staff.put(`/api/orgs/areas/${areaB.id}`, {
      name: areaB.name,
      leaderUserId: newLeader.id,
      sort: areaB.sort,
      version: areaB.version,
    });
    expect(res.statusCode).toBe(200);
    const after = (await staff.get('/api/orgs/areas')).json().find((a: { id: number }) => a.id === w.areaB);
    expect(after.leaderName).toBe('新任分管领导');
  });

  it("refuses another committee's account as the leader, naming the field", async () => {
    const staff = await login(t.app, w.users.staff.username);
    const res = await staff.post('/api/orgs/areas', {
      name: '新片区',
      leaderUserId: other.users.areaLeader.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('leaderUserId');
  });
});
