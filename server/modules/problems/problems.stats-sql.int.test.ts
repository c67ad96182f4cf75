import { beforeAll, describe, expect, it } from 'vitest';
import { isOverdue, STATUSES } from '../../../common/problems.js';
import { ok, workStyleEnv } from './test-kit.js';

/**
 * The statistics and to-dos are counted in SQL (GROUP BY): a data set built with known counts per
 * status, category, unit, campaign and period, and known overdue items, must come back exactly.
 */
const env = workStyleEnv();
const c = env.c;
const TODAY = '2010-06-10'; // the frozen clock of workStyleEnv
const CATEGORIES = ['服务态度', '办事效率', '工作纪律'];
const OPEN_WITH_DEADLINE = ['measures_submitted', 'in_progress', 'verification_requested', 'returned'];

/** Date variants, each with whether it makes a problem of a given status overdue on TODAY. */
const VARIANTS = [
  { name: 'none', replyBy: null, deadlineType: null, deadlineOn: null, late: () => false },
  {
    name: 'pastReply',
    replyBy: '2010-06-01',
    deadlineType: null,
    deadlineOn: null,
    late: (s: string) => s === 'fed_back',
  },
  {
    name: 'pastDeadline',
    replyBy: '2010-06-30',
    deadlineType: 'deadline',
    deadlineOn: '2010-06-05',
    late: (s: string) => OPEN_WITH_DEADLINE.includes(s),
  },
  {
    name: 'pastLongTerm',
    replyBy: null,
    deadlineType: 'long_term',
    deadlineOn: '2010-06-05',
    late: () => false,
  },
  {
    name: 'future',
    replyBy: '2010-06-30',
    deadlineType: 'deadline',
    deadlineOn: '2010-07-01',
    late: () => false,
  },
] as const;

interface Spec {
  id: number;
  tenantId: number;
  unitId: number;
  category: string;
  status: string;
  foundOn: string;
  campaignId: number | null;
  late: boolean;
  code: string;
  description: string;
  replyBy: string | null;
  deadlineType: string | null;
  deadlineOn: string | null;
}

const specs: Spec[] = [];
let unitNames = new Map<number, string>();

beforeAll(async () => {
  const db = env.t.deps.db;
  const units = [env.w.unitA1, env.w.unitA2, env.w.unitB1, env.w.unitX];
  const now = '2010-06-10T02:00:00.000Z';
  const creator = env.w.users.staff.id;
  let n = 0;
  for (const [ui, unitId] of units.entries())
    for (const [ci, category] of CATEGORIES.entries())
      for (const [si, status] of STATUSES.entries())
        for (const [vi, v] of VARIANTS.entries()) {
          // Uneven multiplicities, so that every group has its own count.
          const copies = 1 + ((ui + si + vi) % 3) + ci;
          for (let k = 0; k < copies; k++) {
            n += 1;
            const tenantId = unitId === env.w.unitX ? env.w.otherTenantId : env.w.tenantId;
            const foundOn = `2010-${String(1 + ((n * 7) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
            const campaignId = tenantId === env.w.tenantId && n % 3 === 0 ? env.campaignId : null;
            const row = {
              tenantId,
              campaignId,
              code: `ZF2010-T${n}`,
              sourceType: 'manual',
              unitId,
              category,
              severity: 'general',
              description: `问题${n}`,
              foundOn,
              status,
              replyBy: v.replyBy,
              deadlineType: v.deadlineType,
              deadlineOn: v.deadlineOn,
              createdBy: creator,
              createdAt: now,
              updatedAt: now,
            };
            const { id } = await db
              .insertInto('problems')
              .values(row)
              .returning('id')
              .executeTakeFirstOrThrow();
            specs.push({ id, ...row, late: v.late(status) });
          }
        }
  const names = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', units).execute();
  unitNames = new Map(names.map((u) => [u.id, u.name]));
});

interface Bucket {
  key: string;
  label: string;
  count: number;
  overdue: number;
  done: number;
}
interface Stats {
  total: number;
  done: number;
  overdue: number;
  departments: number;
  rectificationRate: number;
  byCategory: Bucket[];
  byUnit: Bucket[];
  byStatus: Bucket[];
}

const isDone = (s: Spec) => s.status === 'verified' || s.status === 'closed';

/** The statistics expected of a set of specs, counted by hand from the data set. */
function expected(rows: Spec[]) {
  const group = (keyOf: (s: Spec) => string, labelOf: (s: Spec) => string) => {
    const m = new Map<string, Bucket>();
    for (const s of rows) {
      const b = m.get(keyOf(s)) ?? { key: keyOf(s), label: labelOf(s), count: 0, overdue: 0, done: 0 };
      b.count += 1;
      b.overdue += s.late ? 1 : 0;
      b.done += isDone(s) ? 1 : 0;
      m.set(b.key, b);
    }
    return [...m.values()];
  };
  const ranked = (b: Bucket[]) => b.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
  const byStatus = group(
    (s) => s.status,
    (s) => s.status,
  );
  return {
    total: rows.length,
    done: rows.filter(isDone).length,
    overdue: rows.filter((s) => s.late).length,
    departments: new Set(rows.map((s) => s.unitId)).size,
    byCategory: ranked(
      group(
        (s) => s.category,
        (s) => s.category,
      ),
    ),
    byUnit: ranked(
      group(
        (s) => String(s.unitId),
        (s) => unitNames.get(s.unitId)!,
      ),
    ),
    byStatus: STATUSES.map((st) => {
      const b = byStatus.find((x) => x.key === st);
      return { key: st, count: b?.count ?? 0, overdue: b?.overdue ?? 0, done: b?.done ?? 0 };
    }),
  };
}

function expectStats(stats: Stats, rows: Spec[]) {
  const want = expected(rows);
  expect(rows.length).toBeGreaterThan(0);
  expect(stats.total).toBe(want.total);
  expect(stats.done).toBe(want.done);
  expect(stats.overdue).toBe(want.overdue);
  expect(stats.departments).toBe(want.departments);
  expect(stats.rectificationRate).toBeCloseTo(want.done / want.total, 10);
  expect(stats.byCategory).toEqual(want.byCategory);
  expect(stats.byUnit).toEqual(want.byUnit);
  expect(stats.byStatus.map(({ label: _, ...b }) => b)).toEqual(want.byStatus);
}

describe('statistics counted in SQL', () => {
  it('the data set is what it says: its overdue flags agree with the rule the app uses', () => {
    for (const s of specs) expect(isOverdue(s, TODAY), `${s.status} ${s.deadlineType}`).toBe(s.late);
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId);
    // Every status, category and unit is present, with uneven counts and some overdue.
    expect(new Set(ours.map((s) => s.status)).size).toBe(STATUSES.length);
    expect(new Set(expected(ours).byCategory.map((b) => b.count)).size).toBe(CATEGORIES.length);
    expect(expected(ours).overdue).toBeGreaterThan(10);
  });

  it('count every status, category and unit of the committee, with done and overdue per group', async () => {
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId);
    expectStats(ok<Stats>(await c.staff.get('/api/problems/stats')), ours);
    const stats = ok<Stats>(await c.staff.get('/api/problems/stats'));
    expect(stats.byStatus.map((b) => b.key)).toEqual([...STATUSES]);
    expect(stats.byStatus.find((b) => b.key === 'closed')?.label).toBe('已销号');
  });

  it('apply the campaign and period filters', async () => {
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId);
    expectStats(
      ok<Stats>(await c.staff.get('/api/problems/stats', { campaignId: env.campaignId })),
      ours.filter((s) => s.campaignId === env.campaignId),
    );
    expectStats(
      ok<Stats>(await c.staff.get('/api/problems/stats', { from: '2010-03-01', to: '2010-06-30' })),
      ours.filter((s) => s.foundOn >= '2010-03-01' && s.foundOn <= '2010-06-30'),
    );
  });

  it('stay inside the caller’s reach: area, unit (without unreleased problems), other committee', async () => {
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId);
    expectStats(
      ok<Stats>(await c.areaLeader.get('/api/problems/stats')),
      ours.filter((s) => s.unitId === env.w.unitA1 || s.unitId === env.w.unitA2),
    );
    expectStats(
      ok<Stats>(await c.adminA1.get('/api/problems/stats')),
      ours.filter((s) => s.unitId === env.w.unitA1 && s.status !== 'registered'),
    );
    expectStats(
      ok<Stats>(await c.otherStaff.get('/api/problems/stats')),
      specs.filter((s) => s.tenantId === env.w.otherTenantId),
    );
  });
});

describe('to-dos counted in SQL', () => {
  interface Todo {
    actionable: number;
    overdue: number;
    items: { id: number; overdue: boolean; status: string }[];
  }
  const open = (s: Spec) => !isDone(s);
  const firstTen = (rows: Spec[]) =>
    [...rows]
      .sort((a, b) => Number(b.late) - Number(a.late) || a.foundOn.localeCompare(b.foundOn) || a.id - b.id)
      .slice(0, 10)
      .map((s) => s.id);

  it('committee: verification requests and overdue items, overdue first, then the earliest found', async () => {
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId && open(s));
    const mine = ours.filter((s) => s.status === 'verification_requested' || s.late);
    const todo = ok<Todo>(await c.staff.get('/api/problems/todo'));
    expect(todo.actionable).toBe(mine.length);
    expect(todo.overdue).toBe(ours.filter((s) => s.late).length);
    expect(todo.items.map((p) => p.id)).toEqual(firstTen(mine));
    expect(todo.items.every((p) => p.overdue)).toBe(true);
  });

  it('unit: its released problems awaiting an answer or action', async () => {
    const ours = specs.filter((s) => s.unitId === env.w.unitA1 && s.status !== 'registered' && open(s));
    const mine = ours.filter((s) =>
      ['fed_back', 'returned', 'measures_submitted', 'in_progress'].includes(s.status),
    );
    const todo = ok<Todo>(await c.adminA1.get('/api/problems/todo'));
    expect(todo.actionable).toBe(mine.length);
    expect(todo.overdue).toBe(ours.filter((s) => s.late).length);
    expect(todo.items.map((p) => p.id)).toEqual(firstTen(mine));
    const late = new Map(specs.map((s) => [s.id, s.late]));
    expect(todo.items.map((p) => p.overdue)).toEqual(todo.items.map((p) => late.get(p.id)));
  });
});

describe('list totals counted from problems alone', () => {
  it('count the unit-name search, the description search and a status filter', async () => {
    const ours = specs.filter((s) => s.tenantId === env.w.tenantId);
    const total = async (query: Record<string, string>) =>
      ok<{ total: number }>(await c.staff.get('/api/problems', query)).total;
    // LIKE '%q%' on the description, the code and the unit's name.
    const matching = (q: string) =>
      ours.filter(
        (s) => s.description.includes(q) || s.code.includes(q) || unitNames.get(s.unitId)!.includes(q),
      ).length;
    const unitName = unitNames.get(env.w.unitB1)!;
    expect(matching(unitName)).toBeGreaterThanOrEqual(ours.filter((s) => s.unitId === env.w.unitB1).length);
    expect(await total({ q: unitName })).toBe(matching(unitName));
    expect(await total({ q: '问题1' })).toBe(matching('问题1'));
    expect(await total({ status: 'returned', overdue: 'true' })).toBe(
      ours.filter((s) => s.status === 'returned' && s.late).length,
    );
    expect(await total({})).toBe(ours.length);
  });
});
