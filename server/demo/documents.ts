import { formatDocNumber } from '../../common/documents.js';
import { nextNumber } from '../db/counters.js';
import {
  LEARNING_BODY,
  MECHANISM_168,
  MEETING_BODY,
  PLAN_168_BODY,
} from '../modules/documents/demo-content.js';
import * as dq from '../modules/documents/queries.js';
import * as mq from '../modules/mechanisms/queries.js';
import { periodsOf } from '../modules/tasks/periods.js';
import * as tq from '../modules/tasks/queries.js';
import type { DemoContext, DemoStep } from './context.js';
import { seededRandom } from './random.js';

/**
 * 2010 documents, tasks and the “168” rollout. The 巡听 notice is the inspections step's; this step
 * takes the following numbers of the same 机关代字 sequence. Every state a task slot can be in occurs
 * (on time, late, awaiting review, returned, missing, extension granted/refused, reminded) and the
 * “168” adoption is deliberately uneven: pilots far ahead, a tail of units barely started.
 */
const ORG = '市直工委';
const SIGN = '中共云州市委市直机关工作委员会';
const iso = (date: string, hour = 10) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`).toISOString();
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const documentsDemo: DemoStep = {
  name: 'documents',
  async run(ctx: DemoContext) {
    const random = seededRandom(168);
    const { trx, tenantId } = ctx;
    const staffId = ctx.users.staffIds[0];
    const allUnits = ctx.units.map((u) => u.id);
    const base = {
      tenantId,
      orgCode: ORG,
      signature: SIGN,
      recipientsText: '市直机关各党组织',
      copyTo: '市委组织部，市委宣传部',
      attachmentNotes: '[]',
      targetMode: 'all',
      targetAreaId: null,
      targetCategory: null,
      targetUnitIds: '[]',
      createdBy: staffId,
    };

    async function issue(
      kind: string,
      title: string,
      body: readonly { kind: string; text: string }[],
      writtenOn: string,
      unread: number,
    ) {
      const seq = await nextNumber(trx, tenantId, `doc:${ORG}:2010`);
      const at = iso(writtenOn, 15);
      const id = await dq.insertDocument(trx, {
        ...base,
        kind,
        title,
        status: 'issued',
        blocks: JSON.stringify(body),
        writtenOn,
        docYear: 2010,
        docSeq: seq,
        docNumber: formatDocNumber(ORG, 2010, seq),
        issuedAt: at,
        issuedBy: staffId,
        createdAt: at,
        updatedAt: at,
      });
      await dq.insertRecipients(trx, tenantId, id, allUnits);
      for (const unitId of random.shuffle(allUnits).slice(unread))
        await dq.markRead(
          trx,
          id,
          unitId,
          ctx.users.unitAdminByUnit.get(unitId) ?? staffId,
          iso(addDays(writtenOn, random.int(1, 6)), random.int(8, 17)),
        );
      return id;
    }

    const learningDoc = await issue(
      'implementation',
      '关于推进学习型党组织建设的实施意见',
      LEARNING_BODY,
      '2010-03-10',
      2,
    );
    const planDoc = await issue(
      'plan',
      '关于推行“168”党建工作机制的实施方案',
      PLAN_168_BODY,
      '2010-04-20',
      5,
    );
    const meetingDoc = await issue(
      'notice',
      '关于召开推行“168”党建工作机制推进会的通知',
      MEETING_BODY,
      '2010-05-18',
      9,
    );
    await dq.insertDocument(trx, {
      ...base,
      kind: 'notice',
      title: '关于开展庆祝建党89周年“七一”表彰活动的通知',
      status: 'draft',
      blocks: JSON.stringify([
        { kind: 'p', text: '（草稿）为庆祝中国共产党成立89周年，工委决定开展“七一”表彰活动。' },
      ]),
      writtenOn: '2010-06-10',
      docYear: null,
      docSeq: null,
      docNumber: null,
      issuedAt: null,
      issuedBy: null,
      createdAt: iso('2010-06-08'),
      updatedAt: iso('2010-06-08'),
    });

    await demoTask(ctx, random, {
      documentId: learningDoc,
      title: '报送学习型党组织建设工作方案',
      deadline: '2010-04-15',
      cycle: 'none',
      figures: [{ label: '中心组集中学习计划次数', measure: '次' }],
      requiresFiles: 0,
    });
    await demoTask(ctx, random, {
      documentId: planDoc,
      title: '按月报送推行“168”党建工作机制进展情况',
      deadline: '2010-05-05',
      cycle: 'monthly',
      periodFrom: '2010-04-01',
      periodTo: '2010-06-30',
      figures: [],
      requiresFiles: 0,
    });
    await demoTask(ctx, random, {
      documentId: meetingDoc,
      title: '报送推进会参会人员名单',
      deadline: '2010-05-24',
      cycle: 'none',
      figures: [{ label: '参会人数', measure: '人' }],
      requiresFiles: 0,
    });
    await demoMechanism(ctx, random);
  },
};

type Spec = {
  documentId: number;
  title: string;
  deadline: string;
  cycle: string;
  periodFrom?: string;
  periodTo?: string;
  figures: { label: string; measure: string }[];
  requiresFiles: number;
};
type Rand = ReturnType<typeof seededRandom>;

/** One dispatched task; each slot gets an outcome drawn so that every state occurs. */
async function demoTask(ctx: DemoContext, random: Rand, spec: Spec) {
  const { trx, tenantId } = ctx;
  const at = iso(spec.periodFrom ?? addDays(spec.deadline, -30), 16);
  const taskId = await tq.insertTask(trx, {
    tenantId,
    documentId: spec.documentId,
    status: 'dispatched',
    title: spec.title,
    description: '请按要求如实报送，逾期未报的将在工作台提示并催办。',
    deadline: spec.deadline,
    cycle: spec.cycle,
    periodFrom: spec.periodFrom ?? null,
    periodTo: spec.periodTo ?? null,
    requiresText: 1,
    requiresFiles: spec.requiresFiles,
    figures: JSON.stringify(spec.figures),
    targetMode: 'all',
    targetAreaId: null,
    targetCategory: null,
    targetUnitIds: '[]',
    dispatchedAt: at,
    createdBy: ctx.users.staffIds[0],
    createdAt: at,
    updatedAt: at,
  });
  const periods = periodsOf(
    spec.cycle as 'none',
    spec.deadline,
    spec.periodFrom ?? null,
    spec.periodTo ?? null,
  );
  // Some units are chronic laggards across tasks: the tail of the list by a fixed seed.
  const laggards = new Set(
    seededRandom(7)
      .shuffle(ctx.units.map((u) => u.id))
      .slice(0, 8),
  );
  for (const unit of ctx.units)
    for (const [pi, p] of periods.entries()) {
      const roll = random.next() + (laggards.has(unit.id) ? 0.45 : 0) + pi * 0.08;
      const outcome =
        roll < 0.55
          ? 'on_time'
          : roll < 0.66
            ? 'late'
            : roll < 0.72
              ? 'review'
              : roll < 0.78
                ? 'returned'
                : roll < 0.82
                  ? 'granted'
                  : roll < 0.85
                    ? 'refused'
                    : 'missing';
      await demoSlot(ctx, random, taskId, unit.id, p, outcome, spec.figures.length);
    }
}

async function demoSlot(
  ctx: DemoContext,
  random: Rand,
  taskId: number,
  unitId: number,
  p: { key: string; label: string; dueOn: string },
  outcome: string,
  figures: number,
) {
  const { trx, tenantId } = ctx;
  const admin = ctx.users.unitAdminByUnit.get(unitId) ?? null;
  const staff = ctx.users.staffIds[1] ?? ctx.users.staffIds[0];
  const events: { kind: string; at: string; actorId: number | null; note: string | null }[] = [];
  let dueOn = p.dueOn;
  let status = 'pending';
  let submittedAt: string | null = null;
  let returnReason: string | null = null;
  let extension = { status: 'none', until: null as string | null, reason: null as string | null };
  const submit = (date: string) => {
    submittedAt = iso(date, random.int(9, 17));
    events.push({ kind: 'submit', at: submittedAt, actorId: admin, note: null });
  };
  if (outcome === 'granted' || outcome === 'refused') {
    const until = addDays(p.dueOn, 10);
    extension = { status: outcome, until, reason: '单位主要负责同志外出学习，材料需审定' };
    events.push({
      kind: 'extension_request',
      at: iso(addDays(p.dueOn, -2)),
      actorId: admin,
      note: extension.reason,
    });
    events.push({
      kind: outcome === 'granted' ? 'extension_grant' : 'extension_refuse',
      at: iso(addDays(p.dueOn, -1)),
      actorId: staff,
      note: outcome === 'granted' ? null : '其他单位均已按时报送，请抓紧',
    });
    if (outcome === 'granted') dueOn = until;
    submit(addDays(p.dueOn, outcome === 'granted' ? 7 : 5));
    status = 'accepted';
  } else if (outcome === 'on_time' || outcome === 'late' || outcome === 'review') {
    submit(addDays(p.dueOn, outcome === 'late' ? random.int(2, 12) : -random.int(0, 6)));
    status = outcome === 'review' ? 'submitted' : 'accepted';
  } else if (outcome === 'returned') {
    submit(addDays(p.dueOn, -1));
    returnReason = '内容过于简单，请补充具体措施和数据';
    events.push({ kind: 'return', at: iso(addDays(p.dueOn, 2)), actorId: staff, note: returnReason });
    status = 'returned';
  }
  if (status === 'accepted')
    events.push({ kind: 'accept', at: iso(addDays(dateOf(submittedAt!), 2)), actorId: staff, note: null });
  if (outcome === 'missing' || outcome === 'returned')
    events.push({ kind: 'remind', at: iso(addDays(p.dueOn, 3)), actorId: staff, note: '请尽快报送' });
  const slotId = await insertSlot(ctx, {
    tenantId,
    taskId,
    unitId,
    periodKey: p.key,
    periodLabel: p.label,
    dueOn,
    status,
    content: submittedAt ? '已按要求组织开展，具体情况见报送内容。' : null,
    figureValues: submittedAt
      ? JSON.stringify(
          Object.fromEntries(Array.from({ length: figures }, (_x, i) => [`f${i + 1}`, random.int(2, 12)])),
        )
      : null,
    submittedAt,
    firstSubmittedAt: submittedAt,
    returnReason,
    reviewedAt: status === 'accepted' || status === 'returned' ? events.at(-1)!.at : null,
    reviewedBy: status === 'accepted' || status === 'returned' ? staff : null,
    extensionStatus: extension.status,
    extensionUntil: extension.until,
    extensionReason: extension.reason,
    reminderCount: events.filter((e) => e.kind === 'remind').length,
    createdAt: iso(addDays(p.dueOn, -20)),
    updatedAt: events.at(-1)?.at ?? iso(addDays(p.dueOn, -20)),
  });
  for (const e of events)
    await tq.insertEvent(trx, {
      tenantId,
      slotId,
      kind: e.kind,
      at: e.at,
      actorId: e.actorId,
      actorName: null,
      note: e.note,
      data: null,
    });
}

const dateOf = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

async function insertSlot(ctx: DemoContext, row: Parameters<typeof tq.insertSlots>[1][number]) {
  await tq.insertSlots(ctx.trx, [row]);
  const found = await ctx.trx
    .selectFrom('taskSlots')
    .select('id')
    .where('taskId', '=', row.taskId)
    .where('unitId', '=', row.unitId)
    .where('periodKey', '=', row.periodKey)
    .executeTakeFirstOrThrow();
  return found.id;
}

/** The “168” mechanism: 8 pilots (mostly done), rollout to every unit, and a tail barely started. */
async function demoMechanism(ctx: DemoContext, random: Rand) {
  const { trx, tenantId } = ctx;
  const at = iso('2010-03-01');
  const mechanismId = await mq.insertMechanism(trx, {
    tenantId,
    name: MECHANISM_168.name,
    description: MECHANISM_168.description,
    startedOn: '2010-03-01',
    createdBy: ctx.users.staffIds[0],
    createdAt: at,
    updatedAt: at,
  });
  const elementIds: number[] = [];
  for (const [sort, [groupName, name]] of MECHANISM_168.elements.entries())
    elementIds.push(
      await mq.insertElement(trx, { tenantId, mechanismId, groupName, name, description: null, sort }),
    );
  const shuffled = random.shuffle(ctx.units);
  const pilots = shuffled.slice(0, 8).map((u) => u.id);
  const tail = new Set(shuffled.slice(-12).map((u) => u.id));
  await mq.replaceParticipants(
    trx,
    tenantId,
    mechanismId,
    ctx.units.map((u) => u.id),
    new Set(pilots),
  );
  const staff = ctx.users.staffIds[1] ?? ctx.users.staffIds[0];
  for (const unit of ctx.units) {
    const progress = pilots.includes(unit.id)
      ? 0.85 + random.next() * 0.15
      : tail.has(unit.id)
        ? random.next() * 0.1
        : 0.2 + random.next() * 0.5;
    for (const [i, elementId] of elementIds.entries()) {
      const r = random.next();
      if (i / elementIds.length > progress + 0.1 && r > 0.2) continue;
      const done = i / elementIds.length <= progress;
      const review = r < 0.12 ? 'submitted' : r < 0.18 ? 'returned' : 'accepted';
      const submitted = iso(addDays('2010-04-01', random.int(0, 80)));
      const reviewed = review === 'submitted' ? null : iso(addDays(dateOf(submitted), 3));
      await mq.insertAdoption(trx, {
        tenantId,
        mechanismId,
        elementId,
        unitId: unit.id,
        status: done ? 'done' : 'in_progress',
        evidence: done ? '已制定制度并印发执行，见附件及会议记录。' : '已部署，正在推进。',
        reviewStatus: review,
        reviewNote: review === 'returned' ? '佐证材料不足，请补充会议记录' : null,
        submittedAt: submitted,
        reviewedAt: reviewed,
        reviewedBy: reviewed ? staff : null,
        createdAt: submitted,
        updatedAt: reviewed ?? submitted,
      });
    }
  }
}
