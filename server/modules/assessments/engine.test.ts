import { describe, expect, it } from 'vitest';
import { computeResults, type EngineIndicator, type EngineInput, leafPoints } from './engine.js';

/*
 * The hand-worked example (also used by the HTTP test in results.int.test.ts).
 *
 * Bodies: 工委 (weight 60), 效能办 (weight 40). Ballots: weight 20, values 100 / 70 / 30.
 * Indicators:
 *   A 组织建设   level-1, max 30, body 工委, children:
 *     A1 学习制度  score,  max 20
 *     A2 按期换届  deduct, max 15, 5 per occurrence, cap 10
 *   B 作风效能   level-1 leaf, max 50, body 效能办, score
 *   C 服务评价   level-1, max 50, body 效能办, child:
 *     C1 群众投诉  deduct, max 50, 4 per occurrence, cap 20
 *
 * U1 (甲类): A1 18, A2 1× → 15−5 = 10, A = 28 (≤30); 工委 28/30 = 93.33.
 *            B 45, C1 6× → min(24, cap 20) = 20 off → 30; 效能办 75/100 = 75.
 *            indicator part (60×93.33 + 40×75)/100 = 85.998 → 86.00.
 *            ballots 8/2/0 (+5 不了解): (800+140)/10 = 94. total 86×0.8 + 94×0.2 = 87.60. deductions 7.
 * U2 (甲类): A1 20, A2 0× → 15; 35 capped at 30 → 工委 100. B 40, C1 0× → 50; 效能办 90.
 *            part 60 + 36 = 96; ballots 5/5/0 → 85; total 76.8 + 17 = 93.80.
 * U3 (甲类): A 30 (capped) → 100; B 35, C1 5× → 20 off → 30; 效能办 65; part 60 + 26 = 86;
 *            ballots as U1 → 94; total 87.60, deductions 5 → ahead of U1 (tie broken by fewer deductions).
 * U4 (甲类): identical to U1 → same total and deductions → shares rank 3 with U1.
 * U5 (甲类): perfect scores but vetoed → no rank, listed last.
 * U6 (乙类): alone in its category, but its C1 is not scored → incomplete, so no rank yet.
 * Ranks 甲类: U2 1, U3 2, U1 3, U4 3, U5 —.
 */
const ind = (
  o: Partial<EngineIndicator> & Pick<EngineIndicator, 'id' | 'name' | 'maxPoints'>,
): EngineIndicator => ({
  parentId: null,
  bodyId: null,
  method: 'score',
  deductionPer: null,
  deductionCap: null,
  sort: o.id,
  ...o,
});

const EXAMPLE_INDICATORS = [
  ind({ id: 1, name: 'A 组织建设', maxPoints: 30, bodyId: 1 }),
  ind({ id: 2, parentId: 1, name: 'A1 学习制度', maxPoints: 20 }),
  ind({
    id: 3,
    parentId: 1,
    name: 'A2 按期换届',
    maxPoints: 15,
    method: 'deduct',
    deductionPer: 5,
    deductionCap: 10,
  }),
  ind({ id: 4, name: 'B 作风效能', maxPoints: 50, bodyId: 2 }),
  ind({ id: 5, name: 'C 服务评价', maxPoints: 50, bodyId: 2 }),
  ind({
    id: 6,
    parentId: 5,
    name: 'C1 群众投诉',
    maxPoints: 50,
    method: 'deduct',
    deductionPer: 4,
    deductionCap: 20,
  }),
];

function example(): EngineInput {
  const scores = new Map<string, number>();
  const set = (u: number, vals: [number, number, number, number | null]) => {
    const [a1, a2, b, c1] = vals;
    scores.set(`${u}:2`, a1);
    scores.set(`${u}:3`, a2);
    scores.set(`${u}:4`, b);
    if (c1 !== null) scores.set(`${u}:6`, c1);
  };
  set(1, [18, 1, 45, 6]);
  set(2, [20, 0, 40, 0]);
  set(3, [20, 0, 35, 5]);
  set(4, [18, 1, 45, 6]);
  set(5, [20, 0, 50, 0]);
  set(6, [20, 0, 50, null]);
  const u1Ballot = { satisfied: 8, basic: 2, unsatisfied: 0, unknown: 5 };
  return {
    indicators: EXAMPLE_INDICATORS,
    bodies: [
      { id: 1, name: '市直机关工委', weight: 60 },
      { id: 2, name: '市效能办', weight: 40 },
    ],
    ballot: { enabled: true, weight: 20, values: { satisfied: 100, basic: 70, unsatisfied: 30 } },
    units: [1, 2, 3, 4, 5, 6].map((id) => ({
      unitId: id,
      name: `U${id}`,
      category: id === 6 ? '乙类' : '甲类',
    })),
    scores,
    ballots: new Map([
      [1, u1Ballot],
      [2, { satisfied: 5, basic: 5, unsatisfied: 0, unknown: 0 }],
      [3, u1Ballot],
      [4, u1Ballot],
      [5, { satisfied: 10, basic: 0, unsatisfied: 0, unknown: 0 }],
      [6, { satisfied: 1, basic: 0, unsatisfied: 1, unknown: 3 }],
    ]),
    vetoes: new Map([[5, '发生严重违纪问题']]),
  };
}

describe('assessment engine (hand-worked example)', () => {
  const out = computeResults(example());
  const row = (id: number) => out.categories.flatMap((c) => c.rows).find((r) => r.unitId === id)!;

  it('applies deductions per occurrence with their caps', () => {
    expect(leafPoints(EXAMPLE_INDICATORS[2], 1)).toEqual({ points: 10, deduction: 5, occurrences: 1 });
    expect(leafPoints(EXAMPLE_INDICATORS[2], 3)).toEqual({ points: 5, deduction: 10, occurrences: 3 });
    expect(leafPoints(EXAMPLE_INDICATORS[5], 6)).toEqual({ points: 30, deduction: 20, occurrences: 6 });
    expect(leafPoints(EXAMPLE_INDICATORS[1], 25).points).toBe(20);
  });

  it('caps a level-1 indicator at its maximum and weights the bodies', () => {
    const u1 = out.explanations.get(1)!;
    expect(u1.groups[0]).toMatchObject({ sum: 28, points: 28, capped: false });
    expect(out.explanations.get(2)!.groups[0]).toMatchObject({ sum: 35, points: 30, capped: true });
    expect(u1.bodies.map((b) => b.score)).toEqual([93.33, 75]);
    expect(u1.indicatorPart).toBe(86);
    expect(row(2).bodies.map((b) => b.score)).toEqual([100, 90]);
    expect(row(2).indicatorPart).toBe(96);
  });

  it('counts ballots without 不了解 and weights them into the total', () => {
    expect(out.explanations.get(1)!.ballot).toMatchObject({ valid: 10, score: 94 });
    expect(row(1).total).toBe(87.6);
    expect(row(2).ballotScore).toBe(85);
    expect(row(2).total).toBe(93.8);
    expect(row(6).ballotScore).toBe(65);
  });

  it('ranks within category with the tie rules and leaves vetoed units unranked', () => {
    const jia = out.categories.find((c) => c.category === '甲类')!;
    expect(jia.rows.map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
      [4, 3],
      [5, null],
    ]);
    expect(row(3).deductionCount).toBe(5);
    expect(row(1).deductionCount).toBe(7);
    expect(row(5)).toMatchObject({ vetoed: true, vetoReason: '发生严重违纪问题', rank: null });
    const yi = out.categories.find((c) => c.category === '乙类')!;
    expect(yi.rows).toHaveLength(1);
    // Not fully scored (C1 missing) → no rank yet.
    expect(yi.rows[0]).toMatchObject({ unitId: 6, rank: null, complete: false });
    expect(row(1).complete).toBe(true);
  });
});
