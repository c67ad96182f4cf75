import type { BallotValues, Explanation, ResultRow } from '../../../common/assessments.js';

/**
 * The scoring engine: pure arithmetic from a scheme, its scores, ballots and vetoes to totals and
 * ranks. Every intermediate figure is rounded to two decimals before it is used in the next step,
 * so the explanation page can show each step and the steps add up exactly to the total.
 *
 * 1. Leaf indicator: method `score` → the entered points (at most the maximum);
 *    method `deduct` → the entered value is a number of occurrences, points =
 *    max − min(occurrences × deduction per occurrence, cap (default: max)).
 * 2. Level-1 indicator with children: the sum of its children's points, capped at its own maximum.
 * 3. Scoring body: raw = sum of its level-1 indicators' points; score = raw / full marks × 100.
 * 4. Indicator part = Σ body weight × body score / Σ weights.
 * 5. Ballots (if enabled): (满意×v1 + 基本满意×v2 + 不满意×v3) / (满意 + 基本满意 + 不满意); 不了解 is not counted.
 *    Total = indicator part × (100 − ballot weight)% + ballot score × ballot weight%.
 * 6. Ranks within category (tie rules): higher total first; equal totals → fewer deduction
 *    occurrences first; still equal → the same rank (competition ranking 1, 2, 2, 4). Units not yet
 *    fully scored get no rank (their provisional total is shown after the ranked units); vetoed
 *    units get no rank and are listed last.
 */
export interface EngineIndicator {
  id: number;
  parentId: number | null;
  bodyId: number | null;
  name: string;
  maxPoints: number;
  method: string;
  deductionPer: number | null;
  deductionCap: number | null;
  sort: number;
}

export interface EngineInput {
  indicators: EngineIndicator[];
  bodies: { id: number; name: string; weight: number }[];
  ballot: { enabled: boolean; weight: number; values: BallotValues };
  units: { unitId: number; name: string; category: string }[];
  /** key `${unitId}:${indicatorId}` → entered value. */
  scores: Map<string, number>;
  ballots: Map<number, { satisfied: number; basic: number; unsatisfied: number; unknown: number }>;
  vetoes: Map<number, string>;
}

export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

const byOrder = (a: EngineIndicator, b: EngineIndicator) => a.sort - b.sort || a.id - b.id;

/** The level-1 indicators with their leaves (a level-1 without children is its own leaf). */
export function indicatorTree(indicators: EngineIndicator[]) {
  const roots = indicators.filter((i) => i.parentId === null).sort(byOrder);
  return roots.map((root) => {
    const children = indicators.filter((i) => i.parentId === root.id).sort(byOrder);
    return { root, leaves: children.length ? children : [root], hasChildren: children.length > 0 };
  });
}

export function leafPoints(leaf: EngineIndicator, entered: number | null) {
  if (entered === null) return { points: 0, deduction: 0, occurrences: 0 };
  if (leaf.method === 'deduct') {
    const cap = leaf.deductionCap ?? leaf.maxPoints;
    const deduction = round2(Math.min(entered * (leaf.deductionPer ?? 0), cap, leaf.maxPoints));
    return { points: round2(leaf.maxPoints - deduction), deduction, occurrences: entered };
  }
  return { points: round2(Math.min(entered, leaf.maxPoints)), deduction: 0, occurrences: 0 };
}

type UnitResult = Omit<Explanation, 'rank' | 'categorySize'>;

export function scoreUnit(input: EngineInput, unit: EngineInput['units'][number]): UnitResult {
  let complete = true;
  let deductionCount = 0;
  const groups = indicatorTree(input.indicators).map(({ root, leaves, hasChildren }) => {
    const leafSteps = leaves.map((leaf) => {
      const entered = input.scores.get(`${unit.unitId}:${leaf.id}`) ?? null;
      if (entered === null) complete = false;
      const { points, deduction, occurrences } = leafPoints(leaf, entered);
      deductionCount += occurrences;
      return {
        indicatorId: leaf.id,
        name: leaf.name,
        method: leaf.method,
        maxPoints: leaf.maxPoints,
        entered,
        deductionPer: leaf.deductionPer,
        deductionCap: leaf.deductionCap,
        deduction,
        points,
      };
    });
    const sum = round2(leafSteps.reduce((s, l) => s + l.points, 0));
    const points = hasChildren ? Math.min(sum, root.maxPoints) : sum;
    return {
      indicatorId: root.id,
      name: root.name,
      bodyId: root.bodyId,
      maxPoints: root.maxPoints,
      sum,
      points,
      capped: points < sum,
      leaves: leafSteps,
    };
  });

  const bodies = [...input.bodies]
    .map((b) => {
      const own = groups.filter((g) => g.bodyId === b.id);
      const raw = round2(own.reduce((s, g) => s + g.points, 0));
      const full = round2(own.reduce((s, g) => s + g.maxPoints, 0));
      return {
        bodyId: b.id,
        name: b.name,
        weight: b.weight,
        raw,
        full,
        score: full ? round2((raw / full) * 100) : 0,
      };
    })
    .filter((b) => b.full > 0);
  const weightSum = bodies.reduce((s, b) => s + b.weight, 0);
  const indicatorPart = weightSum
    ? round2(bodies.reduce((s, b) => s + b.weight * b.score, 0) / weightSum)
    : 0;

  let ballot: UnitResult['ballot'] = null;
  let total = indicatorPart;
  if (input.ballot.enabled) {
    const counts = input.ballots.get(unit.unitId) ?? { satisfied: 0, basic: 0, unsatisfied: 0, unknown: 0 };
    const v = input.ballot.values;
    const valid = counts.satisfied + counts.basic + counts.unsatisfied;
    const score = valid
      ? round2(
          (counts.satisfied * v.satisfied + counts.basic * v.basic + counts.unsatisfied * v.unsatisfied) /
            valid,
        )
      : null;
    if (score === null) complete = false;
    ballot = { ...counts, valid, score, weight: input.ballot.weight, values: v };
    const w = input.ballot.weight / 100;
    total = round2(indicatorPart * (1 - w) + (score ?? 0) * w);
  }
  const vetoReason = input.vetoes.get(unit.unitId) ?? null;
  return {
    unitId: unit.unitId,
    unitName: unit.name,
    category: unit.category,
    groups,
    bodies,
    indicatorPart,
    ballot,
    total,
    deductionCount,
    complete,
    vetoed: vetoReason !== null,
    vetoReason,
  };
}

/** Ranks within one category by the tie rules above. */
export function rankWithinCategory<
  T extends { total: number; deductionCount: number; vetoed: boolean; complete: boolean },
>(rows: T[]): (T & { rank: number | null })[] {
  const ranked = rows
    .filter((r) => !r.vetoed && r.complete)
    .sort((a, b) => b.total - a.total || a.deductionCount - b.deductionCount);
  const out: (T & { rank: number | null })[] = [];
  ranked.forEach((row, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.total === row.total && prev.deductionCount === row.deductionCount;
    out.push({ ...row, rank: tied ? prev.rank : i + 1 });
  });
  // Unscored units follow the ranked ones (by provisional total), vetoed units come last.
  const waiting = rows.filter((r) => !r.vetoed && !r.complete).sort((a, b) => b.total - a.total);
  for (const r of [...waiting, ...rows.filter((r) => r.vetoed)]) out.push({ ...r, rank: null });
  return out;
}

export interface EngineOutput {
  categories: { category: string; rows: ResultRow[] }[];
  explanations: Map<number, Explanation>;
}

export function computeResults(input: EngineInput): EngineOutput {
  const all = input.units.map((u) => scoreUnit(input, u));
  const categoryNames = [...new Set(input.units.map((u) => u.category))].sort((a, b) =>
    a.localeCompare(b, 'zh'),
  );
  const explanations = new Map<number, Explanation>();
  const categories = categoryNames.map((category) => {
    const ranked = rankWithinCategory(all.filter((r) => r.category === category));
    for (const r of ranked) explanations.set(r.unitId, { ...r, categorySize: ranked.length });
    return {
      category,
      rows: ranked.map(({ groups: _g, ballot, ...r }) => ({ ...r, ballotScore: ballot?.score ?? null })),
    };
  });
  return { categories, explanations };
}
