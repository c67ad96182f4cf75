import { INSPECTION_GRADE_SOURCE } from '../modules/assessments/prefill/grades.js';
import { RECORD_SOURCES, recordSource } from '../modules/assessments/prefill/registry.js';
import { findGradedInspections } from '../modules/assessments/queries/prefill.js';
import * as q from '../modules/assessments/queries/schemes.js';
import * as sq from '../modules/assessments/queries/scoring.js';
import type { DemoContext, DemoStep } from './context.js';
import { seededRandom } from './random.js';

/**
 * The two 2010 assessments, both still being scored (nothing presented as final):
 * - 2010年度机关作风建设考评: the joint scheme of 市直机关工委 (60%) and 市效能办 (40%, the two
 *   evaluator accounts), with satisfaction ballots (30%); the term-overdue deduction is pre-filled from
 *   the party organisations' term dates; about half of the units scored by 工委, a third by 市效能办.
 * - 2010年度优秀学习中心组评选: scored by 工委 only, partly scored; its 巡听评价 score is pre-filled
 *   from the 2010 巡听 grades (the inspections demo runs first), with the inspections beside it.
 * Its own seeded generator keeps the other modules' demo data unchanged.
 */
const AT = '2010-12-20T02:00:00.000Z';

interface IndicatorSpec {
  name: string;
  max: number;
  body?: number;
  method?: 'score' | 'deduct';
  per?: number;
  cap?: number;
  source?: string;
  rule?: string;
  children?: IndicatorSpec[];
}

async function buildScheme(
  ctx: DemoContext,
  spec: {
    name: string;
    kind: string;
    ballot: number;
    bodies: { name: string; weight: number; members: number[] }[];
    indicators: IndicatorSpec[];
    unitIds: number[];
  },
) {
  const { trx, tenantId } = ctx;
  const schemeId = await q.insertScheme(trx, {
    tenantId,
    name: spec.name,
    kind: spec.kind,
    year: 2010,
    periodStart: '2010-01-01',
    periodEnd: '2010-12-31',
    edition: 1,
    derivedFromId: null,
    status: 'scoring',
    ballotEnabled: spec.ballot ? 1 : 0,
    ballotWeight: spec.ballot,
    ballotValues: JSON.stringify({ satisfied: 100, basic: 70, unsatisfied: 30 }),
    lockedAt: AT,
    publishedAt: null,
    createdBy: ctx.users.staffIds[0],
    createdAt: AT,
    updatedAt: AT,
  });
  const bodyIds: number[] = [];
  for (const [sort, b] of spec.bodies.entries()) {
    const id = await q.insertBody(trx, {
      tenantId,
      schemeId,
      name: b.name,
      weight: b.weight,
      sort,
      createdAt: AT,
      updatedAt: AT,
    });
    await q.replaceMembers(trx, tenantId, schemeId, id, b.members);
    bodyIds.push(id);
  }
  const leaves: { id: number; spec: IndicatorSpec; body: number }[] = [];
  const add = async (s: IndicatorSpec, sort: number, parentId: number | null, body: number) => {
    const id = await q.insertIndicator(trx, {
      tenantId,
      schemeId,
      parentId,
      bodyId: parentId === null ? bodyIds[body] : null,
      name: s.name,
      maxPoints: s.max,
      method: s.method ?? 'score',
      deductionPer: s.per ?? null,
      deductionCap: s.cap ?? null,
      ruleText: s.rule ?? null,
      sourceKey: s.source ?? null,
      sort,
      createdAt: AT,
      updatedAt: AT,
    });
    if (s.children) for (const [i, c] of s.children.entries()) await add(c, i + 1, id, body);
    else leaves.push({ id, spec: s, body });
  };
  for (const [i, s] of spec.indicators.entries()) await add(s, i + 1, null, s.body ?? 0);
  const units = ctx.units.filter((u) => spec.unitIds.includes(u.id));
  await q.replaceSchemeUnits(
    trx,
    tenantId,
    schemeId,
    units.map((u) => ({ id: u.id, category: u.category })),
  );
  return { schemeId, bodyIds, leaves, units };
}

async function score(
  ctx: DemoContext,
  schemeId: number,
  unitId: number,
  indicatorId: number,
  value: number,
  by: number,
  prefill?: { sources: string },
) {
  await sq.insertScore(ctx.trx, {
    tenantId: ctx.tenantId,
    schemeId,
    unitId,
    indicatorId,
    value,
    prefilledValue: prefill ? value : null,
    sources: prefill?.sources ?? null,
    reason: null,
    scoredBy: by,
    createdAt: AT,
    updatedAt: AT,
  });
  await sq.insertScoreChanges(ctx.trx, [
    {
      tenantId: ctx.tenantId,
      schemeId,
      unitId,
      indicatorId,
      oldValue: null,
      newValue: value,
      kind: prefill ? 'prefill' : 'manual',
      reason: null,
      changedBy: by,
      changedAt: AT,
    },
  ]);
}

async function workStyle(ctx: DemoContext, random: ReturnType<typeof seededRandom>) {
  const staff = ctx.users.staffIds.slice(0, 2);
  const built = await buildScheme(ctx, {
    name: '2010年度机关作风建设考评',
    kind: 'work_style',
    ballot: 30,
    bodies: [
      { name: '市直机关工委', weight: 60, members: staff },
      { name: '市效能办', weight: 40, members: ctx.users.evaluatorIds },
    ],
    indicators: [
      {
        name: '组织领导',
        max: 20,
        children: [
          {
            name: '领导重视、部署及时',
            max: 10,
            rule: '有实施方案、动员部署、专人负责的得满分；缺一项扣3分',
          },
          {
            name: '党组织按期换届',
            max: 10,
            method: 'deduct',
            per: 5,
            cap: 10,
            source: 'party_org_term_overdue',
            rule: '所属党组织届满未换届的，每个扣5分',
          },
        ],
      },
      {
        name: '问题整改',
        max: 40,
        children: [
          { name: '问题清单整改落实', max: 30, rule: '按期整改销号的得满分；逾期未整改的酌情扣分' },
          { name: '公开承诺兑现', max: 10, rule: '承诺事项兑现情况' },
        ],
      },
      {
        name: '机关效能',
        max: 40,
        body: 1,
        children: [
          { name: '办事效率', max: 20, rule: '按时办结率、窗口服务规范' },
          {
            name: '群众投诉',
            max: 20,
            method: 'deduct',
            per: 2,
            cap: 20,
            rule: '经查实的有效投诉，每件扣2分',
          },
        ],
      },
    ],
    unitIds: ctx.units.map((u) => u.id),
  });
  const counted = await RECORD_SOURCES[0].collect(
    ctx.trx,
    ctx.tenantId,
    built.units.map((u) => u.id),
    { start: '2010-01-01', end: '2010-12-31' },
    { maxPoints: 10, gradeShares: null },
  );
  for (const [i, unit] of built.units.entries()) {
    for (const leaf of built.leaves) {
      if (leaf.spec.source) {
        const r = counted.get(unit.id) ?? { value: 0, sources: [] };
        await score(ctx, built.schemeId, unit.id, leaf.id, r.value, staff[0], {
          sources: JSON.stringify(r.sources),
        });
        continue;
      }
      const byStaff = leaf.body === 0 && i % 2 === 0;
      const byEvaluator = leaf.body === 1 && i % 3 === 0;
      if (!byStaff && !byEvaluator) continue;
      const value =
        leaf.spec.method === 'deduct'
          ? random.int(0, 3)
          : Math.round(leaf.spec.max * (0.7 + random.next() * 0.3) * 2) / 2;
      await score(
        ctx,
        built.schemeId,
        unit.id,
        leaf.id,
        value,
        byStaff ? staff[i % 2] : ctx.users.evaluatorIds[i % 2],
      );
    }
    if (i % 2 === 0) {
      const satisfied = random.int(20, 40);
      await sq.upsertBallot(
        ctx.trx,
        {
          tenantId: ctx.tenantId,
          schemeId: built.schemeId,
          unitId: unit.id,
          satisfied,
          basic: random.int(3, 12),
          unsatisfied: random.int(0, 3),
          unknown: random.int(0, 6),
          enteredBy: staff[0],
        },
        AT,
      );
    }
  }
}

async function studyGroups(ctx: DemoContext, random: ReturnType<typeof seededRandom>) {
  const staff = ctx.users.staffIds.slice(0, 2);
  const period = { start: '2010-01-01', end: '2010-12-31' };
  const graded = new Set(
    (
      await findGradedInspections(
        ctx.trx,
        ctx.tenantId,
        ctx.units.map((u) => u.id),
        period,
      )
    ).map((r) => r.unitId),
  );
  const units = ctx.units.filter((u, i) => graded.has(u.id) || i % 3 === 0);
  const built = await buildScheme(ctx, {
    name: '2010年度优秀学习中心组评选',
    kind: 'study_group',
    ballot: 0,
    bodies: [{ name: '市直机关工委', weight: 100, members: staff }],
    indicators: [
      { name: '学习计划与制度', max: 20, rule: '年度学习计划、学习制度健全，提前一周报送学习安排' },
      {
        name: '巡听评价',
        max: 50,
        source: INSPECTION_GRADE_SOURCE,
        rule: '依据巡听记录的评定等次折算：优秀100%、良好85%、一般70%、较差50%；多次巡听取平均',
      },
      { name: '学习成效', max: 30, rule: '中心发言、调研成果、指导实践' },
    ],
    unitIds: units.map((u) => u.id),
  });
  const gradeLeaf = built.leaves.find((l) => l.spec.source === INSPECTION_GRADE_SOURCE);
  const fromGrades = gradeLeaf
    ? await recordSource(INSPECTION_GRADE_SOURCE)?.collect(
        ctx.trx,
        ctx.tenantId,
        built.units.map((u) => u.id),
        period,
        { maxPoints: gradeLeaf.spec.max, gradeShares: null },
      )
    : undefined;
  for (const [i, unit] of built.units.entries()) {
    const prefilled = gradeLeaf && fromGrades?.get(unit.id);
    if (gradeLeaf && prefilled)
      await score(ctx, built.schemeId, unit.id, gradeLeaf.id, prefilled.value, staff[0], {
        sources: JSON.stringify(prefilled.sources),
      });
    if (i % 3 === 2) continue;
    for (const leaf of built.leaves) {
      if (leaf === gradeLeaf) continue;
      if (i % 3 === 1 && leaf.spec.name === '学习成效') continue;
      const value = Math.round(leaf.spec.max * (0.75 + random.next() * 0.25) * 2) / 2;
      await score(ctx, built.schemeId, unit.id, leaf.id, value, staff[i % 2]);
    }
  }
}

export const assessmentsDemo: DemoStep = {
  name: 'assessments',
  async run(ctx) {
    const random = seededRandom(2010_12);
    await workStyle(ctx, random);
    await studyGroups(ctx, random);
  },
};
