import { DEFAULT_CATEGORIES, SEVERITIES, STATUSES } from '../common/problems.js';
import type { Trx } from '../server/db/connection.js';
import type { Random } from '../server/demo/random.js';
import { insertMany, isoDay } from './bulk.js';
import type { BenchTenant } from './gen-orgs.js';
import type { Scale } from './scale.js';

const SOURCES = ['visit', 'unannounced', 'review_meeting', 'manual'] as const;
/** Status → the rectification steps already taken (events after 'created'). */
const STEPS: Record<string, string[]> = {
  registered: [],
  fed_back: ['fed_back'],
  measures_submitted: ['fed_back', 'measures'],
  in_progress: ['fed_back', 'measures', 'progress'],
  verification_requested: ['fed_back', 'measures', 'progress', 'verification_requested'],
  returned: ['fed_back', 'measures', 'progress', 'verification_requested', 'returned'],
  verified: ['fed_back', 'measures', 'progress', 'verification_requested', 'verified'],
  closed: ['fed_back', 'measures', 'progress', 'verification_requested', 'verified', 'closed'],
};
/** Weights of each status: most problems are under way or done. */
const WEIGHTS = [4, 8, 12, 25, 8, 3, 15, 25];

function pickStatus(random: Random) {
  let r = random.next() * WEIGHTS.reduce((a, b) => a + b, 0);
  for (const [i, w] of WEIGHTS.entries()) {
    r -= w;
    if (r < 0) return STATUSES[i];
  }
  return STATUSES[STATUSES.length - 1];
}

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Problems with their rectification log for every unit of a tenant, over the year 2010. Returns rows written. */
export async function addProblems(trx: Trx, random: Random, t: BenchTenant, scale: Scale, now: string) {
  const cats = await trx
    .selectFrom('problemCategories')
    .select('name')
    .where('tenantId', '=', t.tenantId)
    .execute();
  if (cats.length === 0)
    await insertMany(
      trx,
      'problemCategories',
      DEFAULT_CATEGORIES.map((name, sort) => ({ tenantId: t.tenantId, name, sort })),
      false,
    );
  const categories = cats.length ? cats.map((c) => c.name) : DEFAULT_CATEGORIES;
  let seq = 0;
  let events = 0;
  // One unit at a time keeps memory flat at province scale.
  for (const unit of t.units) {
    const problems = [];
    for (let k = 0; k < scale.problemsPerUnit; k++) {
      const status = pickStatus(random);
      const found = random.int(0, 330);
      const foundOn = isoDay(2010, found);
      const deadlineOn = isoDay(2010, Math.min(found + random.int(15, 120), 364));
      const steps = STEPS[status];
      const extraProgress = steps.includes('progress')
        ? Math.round(random.next() * (scale.eventsPerProblem - 2))
        : 0;
      problems.push({
        row: {
          tenantId: t.tenantId,
          campaignId: null,
          code: `ZF2010-${String(++seq).padStart(5, '0')}`,
          sourceType: random.pick(SOURCES),
          sourceId: null,
          unitId: unit.id,
          category: random.pick(categories),
          severity: random.pick(SEVERITIES),
          description: `第${seq}号问题：窗口服务中存在推诿扯皮、办事拖拉现象，群众反映较多，需限期整改。`,
          foundOn,
          status,
          replyBy: isoDay(2010, Math.min(found + 7, 364)),
          fedBackAt: steps.length ? at(foundOn, 2) : null,
          measures: steps.includes('measures')
            ? '一是建立首问负责制；二是公开办事流程；三是开展作风教育。'
            : null,
          responsibleLeader: steps.includes('measures') ? '分管副局长' : null,
          responsiblePerson: steps.includes('measures') ? '办公室主任' : null,
          deadlineType: random.next() < 0.15 ? 'long_term' : 'deadline',
          deadlineOn,
          returnReason: status === 'returned' ? '整改材料不全，请补充佐证。' : null,
          verifiedAt: steps.includes('verified') ? at(deadlineOn, 3) : null,
          verifiedBy: steps.includes('verified') ? t.staffUserId : null,
          closedAt: status === 'closed' ? at(deadlineOn, 5) : null,
          closedBy: status === 'closed' ? t.staffUserId : null,
          createdBy: t.staffUserId,
          createdAt: at(foundOn, 1),
          updatedAt: at(foundOn, 6),
        },
        kinds: ['created', ...steps, ...Array.from({ length: extraProgress }, () => 'progress')],
      });
    }
    const ids = await insertMany(
      trx,
      'problems',
      problems.map((p) => p.row),
    );
    const eventRows = problems.flatMap((p, i) =>
      p.kinds.map((kind, j) => ({
        tenantId: t.tenantId,
        problemId: ids[i],
        kind,
        note: kind === 'progress' ? `整改进展${j}：已完成阶段性任务。` : null,
        actorId: t.staffUserId,
        actorName: '工委干部',
        at: at(p.row.foundOn, Math.min(j + 1, 23)),
      })),
    );
    await insertMany(trx, 'problemEvents', eventRows, false);
    events += eventRows.length;
  }
  await trx
    .insertInto('counters')
    .values({ tenantId: t.tenantId, key: 'problem:2010', value: seq })
    .onConflict((oc) => oc.columns(['tenantId', 'key']).doUpdateSet({ value: seq }))
    .execute();
  void now;
  return { problems: seq, events };
}

/** Reporting tasks dispatched to every unit: one slot per unit, submit/accept events for the reported ones. */
export async function addTasks(trx: Trx, random: Random, t: BenchTenant, scale: Scale, now: string) {
  let slots = 0;
  let events = 0;
  for (let k = 0; k < scale.tasksPerTenant; k++) {
    const deadline = isoDay(2010, 20 + Math.floor((k * 330) / scale.tasksPerTenant));
    const [taskId] = await insertMany(trx, 'tasks', [
      {
        tenantId: t.tenantId,
        documentId: null,
        status: 'dispatched',
        title: `关于报送2010年第${k + 1}项工作情况的通知`,
        description: '请各单位按时报送。',
        deadline,
        cycle: 'none',
        periodFrom: null,
        periodTo: null,
        requiresText: 1,
        requiresFiles: 0,
        figures: '[]',
        targetMode: 'all',
        targetAreaId: null,
        targetCategory: null,
        targetUnitIds: '[]',
        dispatchedAt: at(deadline, 0),
        createdBy: t.staffUserId,
        createdAt: at(deadline, 0),
        updatedAt: at(deadline, 0),
      },
    ]);
    const rows = t.units.map((u) => {
      const r = random.next();
      const status = r < 0.55 ? 'accepted' : r < 0.75 ? 'submitted' : r < 0.8 ? 'returned' : 'pending';
      const done = status !== 'pending';
      return {
        tenantId: t.tenantId,
        taskId,
        unitId: u.id,
        periodKey: '',
        periodLabel: '',
        dueOn: deadline,
        status,
        content: done ? '按要求完成，情况如下：……' : null,
        figureValues: done ? '{}' : null,
        submittedAt: done ? at(deadline, 2) : null,
        firstSubmittedAt: done ? at(deadline, 2) : null,
        returnReason: status === 'returned' ? '材料不全' : null,
        reviewedAt: status === 'accepted' ? at(deadline, 4) : null,
        reviewedBy: status === 'accepted' ? t.staffUserId : null,
        extensionStatus: 'none',
        extensionUntil: null,
        extensionReason: null,
        createdAt: now,
        updatedAt: now,
      };
    });
    const ids = await insertMany(trx, 'taskSlots', rows);
    const ev = rows.flatMap((r, i) => {
      const kinds =
        r.status === 'pending'
          ? []
          : r.status === 'submitted'
            ? ['submit']
            : ['submit', r.status === 'accepted' ? 'accept' : 'return'];
      return kinds.map((kind) => ({
        tenantId: t.tenantId,
        slotId: ids[i],
        kind,
        at: at(r.dueOn, kind === 'submit' ? 2 : 4),
        actorId: t.staffUserId,
        actorName: '工委干部',
        note: null,
        data: null,
      }));
    });
    await insertMany(trx, 'taskSlotEvents', ev, false);
    slots += rows.length;
    events += ev.length;
  }
  return { tasks: scale.tasksPerTenant, slots, events };
}
