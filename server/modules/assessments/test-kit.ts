import { expect } from 'vitest';
import { buildUnit, type Client, type World } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';

/**
 * Builds the hand-worked example of engine.test.ts through the HTTP API: bodies 工委 (60, member:
 * staff) and 市效能办 (40, member: evaluator), indicators A/A1/A2/B/C/C1, ballots weight 20,
 * units U1..U5 in 甲类 and U6 in 乙类. Returns the ids the tests need.
 */
export async function buildExampleScheme(t: TestApp, w: World, staff: Client, name = '作风建设考评') {
  const ok = async (p: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: number };
  };
  const units: number[] = [];
  for (let i = 1; i <= 6; i++)
    units.push(
      await buildUnit(t.deps.db, w.tenantId, {
        areaId: w.areaA,
        name: `${name}单位${i}`,
        category: i === 6 ? '乙类' : '甲类',
      }),
    );
  const { id } = await ok(
    staff.post('/api/assessments/schemes', {
      name,
      kind: 'work_style',
      year: 2010,
      periodStart: '2010-01-01',
      periodEnd: '2010-12-31',
      ballotEnabled: true,
      ballotWeight: 20,
    }),
  );
  const bodyA = (
    await ok(
      staff.post(`/api/assessments/schemes/${id}/bodies`, {
        name: '市直机关工委',
        weight: 60,
        memberIds: [w.users.staff.id],
      }),
    )
  ).id;
  const bodyB = (
    await ok(
      staff.post(`/api/assessments/schemes/${id}/bodies`, {
        name: '市效能办',
        weight: 40,
        sort: 1,
        memberIds: [w.users.evaluator.id],
      }),
    )
  ).id;
  const ind = async (body: Record<string, unknown>) =>
    (await ok(staff.post(`/api/assessments/schemes/${id}/indicators`, body))).id;
  const A = await ind({ name: 'A 组织建设', maxPoints: 30, bodyId: bodyA, sort: 1 });
  const A1 = await ind({ name: 'A1 学习制度', maxPoints: 20, parentId: A, sort: 1 });
  const A2 = await ind({
    name: 'A2 按期换届',
    maxPoints: 15,
    parentId: A,
    method: 'deduct',
    deductionPer: 5,
    deductionCap: 10,
    sort: 2,
    sourceKey: 'party_org_term_overdue',
  });
  const B = await ind({ name: 'B 作风效能', maxPoints: 50, bodyId: bodyB, sort: 2 });
  const C = await ind({ name: 'C 服务评价', maxPoints: 50, bodyId: bodyB, sort: 3 });
  const C1 = await ind({
    name: 'C1 群众投诉',
    maxPoints: 50,
    parentId: C,
    method: 'deduct',
    deductionPer: 4,
    deductionCap: 20,
  });
  const detail = (await staff.get(`/api/assessments/schemes/${id}`)).json();
  await ok(staff.put(`/api/assessments/schemes/${id}/units`, { unitIds: units, version: detail.version }));
  return { id, units, bodyA, bodyB, ind: { A, A1, A2, B, C, C1 } };
}

export async function schemeVersion(client: Client, id: number): Promise<number> {
  return (await client.get(`/api/assessments/schemes/${id}`)).json().version;
}
