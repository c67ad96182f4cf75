import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArea, buildUnit, buildWorld, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let bigArea: number;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  // More units than one page of GET /api/orgs/units can carry (pageSize ≤ 200).
  bigArea = await buildArea(t.deps.db, w.tenantId, { name: '大片区' });
  for (let i = 0; i < 230; i++)
    await buildUnit(t.deps.db, w.tenantId, {
      areaId: bigArea,
      name: `选项单位${String(i).padStart(3, '0')}`,
      category: i % 2 ? '执法监督部门' : '综合管理部门',
    });
}, 120_000);
afterAll(() => t.close());

type Option = { id: number; name: string; areaId: number | null; category: string };

describe('GET /api/orgs/unit-options', () => {
  it('lists every unit of an area beyond 200, with only id, name, area and category', async () => {
    const staff = await login(t.app, w.users.staff.username);
    const res = await staff.get('/api/orgs/unit-options', { areaId: bigArea });
    expect(res.statusCode).toBe(200);
    const options = res.json() as Option[];
    expect(options).toHaveLength(230);
    expect(Object.keys(options[0]!).sort()).toEqual(['areaId', 'category', 'id', 'name']);
    expect(options.every((o) => o.areaId === bigArea)).toBe(true);
  });

  it('filters by category and search text, and honours the limit', async () => {
    const staff = await login(t.app, w.users.staff.username);
    const law = (
      await staff.get('/api/orgs/unit-options', { areaId: bigArea, category: '执法监督部门' })
    ).json();
    expect(law).toHaveLength(115);
    expect(law.every((o: Option) => o.category === '执法监督部门')).toBe(true);
    const found = (await staff.get('/api/orgs/unit-options', { q: '选项单位00' })).json() as Option[];
    expect(found.map((o) => o.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `选项单位00${i}`));
    expect((await staff.get('/api/orgs/unit-options', { limit: 5 })).json()).toHaveLength(5);
  });

  it('gives a unit admin only the own unit and nothing of another committee', async () => {
    const admin = await login(t.app, w.users.adminA1.username);
    expect(((await admin.get('/api/orgs/unit-options')).json() as Option[]).map((o) => o.id)).toEqual([
      w.unitA1,
    ]);
    const other = await login(t.app, w.users.otherStaff.username);
    expect(((await other.get('/api/orgs/unit-options')).json() as Option[]).map((o) => o.id)).toEqual([
      w.unitX,
    ]);
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 2001 }, 'limit'],
    [{ limit: 'x' }, 'limit'],
    [{ areaId: 'abc' }, 'areaId'],
    [{ q: 'x'.repeat(51) }, 'q'],
  ])('answers 400 naming the field for %o', async (query, field) => {
    const staff = await login(t.app, w.users.staff.username);
    const res = await staff.get('/api/orgs/unit-options', query);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});
