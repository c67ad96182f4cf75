import { addDays, daysBetween } from '../../common/inspections.js';
import { zh } from '../../common/locale/index.js';
import { nextNumber } from '../db/counters.js';
import * as pq from '../modules/inspections/queries/plans.js';
import * as rq from '../modules/inspections/queries/records.js';
import * as sq from '../modules/inspections/queries/sessions.js';
import { defaultTeams, ensureCheckItems } from '../modules/inspections/services/plans.js';
import { GIVEN, SURNAMES } from './city.js';
import type { DemoContext, DemoStep } from './context.js';

/**
 * The 2010 巡听 scenario of the source document: a notice issued in January puts 63 units on the
 * year's plan with a month each; 16 central groups are inspected in the first half (records
 * submitted, practices and shortcomings registered, feedback signed); the others are scheduled
 * later in the year — some study plans in, some late, some missing. Every count a summary
 * shows is counted from these rows, never stored.
 */
const SCENARIO = {
  year: 2010,
  unitsOnPlan: 63,
  inspectedFirstHalf: 16,
  /** Planned in the first half but postponed (study plan never came in). */
  postponedFirstHalf: 2,
  issuedOn: '2010-01-15',
  docPrefix: '市直工委',
  title: '关于开展2010年党组(党委)中心组理论学习巡听活动的通知',
};

const TOPICS = [
  '学习胡锦涛总书记视察讲话精神',
  '学习党的十七届四中全会精神',
  '推进学习型党组织建设',
  '深入学习实践科学发展观，推动转变经济发展方式',
  '加强和改进新形势下党的建设',
  '学习《中国共产党党员领导干部廉洁从政若干准则》',
  '开展创先争优活动，提升机关服务水平',
  '学习全国“两会”精神，谋划全年工作',
  '加强机关作风建设，优化发展环境',
  '学习贯彻中央经济工作会议精神',
];
const QUESTIONS = [
  '结合本部门职能，如何把学习成果转化为推动发展的实际举措？',
  '当前本单位作风建设中存在哪些突出问题，如何整改？',
  '如何建立学习型党组织建设的长效机制？',
  '领导班子成员如何带头学习、带头调研、带头解决问题？',
];
const PLACES = ['机关三楼会议室', '机关五楼党员活动室', '机关一楼多功能厅', '二楼小会议室'];
const PRACTICES: [string, string][] = [
  ['system', '建立中心组学习“季度专题、月度计划”制度，学习计划经党组会议研究后印发执行'],
  ['form', '坚持“一把手”领学、班子成员轮流作中心发言，会前印发学习材料'],
  ['content', '围绕部门中心工作确定研讨专题，学习与调研相结合'],
  ['effect', '将学习成果形成调研报告，3项建议被市委、市政府采纳'],
  ['archive', '学习档案分类归档，考勤、记录、心得体会齐全规范'],
  ['form', '邀请党校教授作专题辅导，学习形式生动'],
];
const SHORTCOMINGS: [string, string][] = [
  ['archive', '学习记录较为简单，个别学习心得未及时归档'],
  ['content', '研讨发言结合本单位实际不够紧密，针对性有待增强'],
  ['system', '年度学习计划未经党组会议专题研究'],
  ['form', '个别班子成员因公务缺席，未安排补学'],
  ['effect', '学习成果转化运用的措施不够具体'],
];
const ABSENCE = ['出差', '参加市委会议', '病假', '下基层调研'];
const GRADES = ['excellent', 'good', 'good', 'excellent', 'fair', 'good'] as const;

const at = (date: string, hour: number) =>
  `${addDays(date, hour < 8 ? -1 : 0)}T${String((hour + 16) % 24).padStart(2, '0')}:00:00.000Z`;

export const inspectionsDemo: DemoStep = {
  name: 'inspections',
  async run(ctx: DemoContext) {
    const { trx, tenantId, random } = ctx;
    const person = () => random.pick(SURNAMES) + random.pick(GIVEN);
    const created = at(SCENARIO.issuedOn, 9);
    await ensureCheckItems(trx, tenantId, created);
    const checkItems = (await rq.findCheckItems(trx, tenantId)).filter((c) => c.active === 1);

    // 63 units, in the committee's order, each with a month: the first-half block first.
    const chosen = random
      .shuffle(ctx.units)
      .slice(0, SCENARIO.unitsOnPlan)
      .sort((a, b) => a.id - b.id);
    const firstHalf = SCENARIO.inspectedFirstHalf + SCENARIO.postponedFirstHalf;
    const months = chosen.map((_u, i) =>
      i < firstHalf
        ? 3 + Math.floor((i * 4) / firstHalf)
        : 7 + Math.floor(((i - firstHalf) * 6) / (chosen.length - firstHalf)),
    );

    const planId = await pq.insertPlan(trx, {
      tenantId,
      year: SCENARIO.year,
      title: SCENARIO.title,
      docPrefix: SCENARIO.docPrefix,
      docNo: zh.inspections.docNo(
        SCENARIO.docPrefix,
        SCENARIO.year,
        await nextNumber(trx, tenantId, `doc:${SCENARIO.docPrefix}:${SCENARIO.year}`),
      ),
      noticeBody: noticeBody(chosen.length),
      status: 'issued',
      issuedOn: SCENARIO.issuedOn,
      issuedBy: ctx.users.staffIds[0],
      createdAt: created,
      updatedAt: created,
    });
    const teams = await defaultTeams(
      trx,
      tenantId,
      chosen.map((u) => u.id),
    );

    for (const [i, unit] of chosen.entries()) {
      const month = months[i];
      const sessionId = await sq.insertSession(trx, {
        tenantId,
        planId,
        unitId: unit.id,
        plannedMonth: month,
        scheduledDate: null,
        createdAt: created,
        updatedAt: created,
      });
      await sq.replaceTeam(trx, tenantId, sessionId, teams.get(unit.id) ?? []);
      const adminId = ctx.users.unitAdminByUnit.get(unit.id) as number;
      const sessionDate = `${SCENARIO.year}-${String(month).padStart(2, '0')}-${String(random.int(8, 26)).padStart(2, '0')}`;
      const host = `${person()}（党组书记）`;
      const speakers = [person(), person()];
      const attendees = [
        host.replace('（党组书记）', ''),
        ...speakers,
        person(),
        person(),
        person(),
        person(),
      ];

      // Study plans: the inspected all sent one (two a few days late, one returned and resent);
      // of the later sessions, the July–September ones mostly sent theirs, some late; others none yet.
      const inspected = i < SCENARIO.inspectedFirstHalf;
      const later = i >= firstHalf;
      const hasPlan = inspected || (later && month <= 9 && i % 4 !== 0);
      if (hasPlan) {
        const lead = inspected
          ? i % 8 === 5
            ? random.int(3, 6)
            : random.int(7, 14)
          : i % 5 === 1
            ? random.int(2, 6)
            : random.int(8, 20);
        const returned = inspected && i % 7 === 3;
        const submittedOn = addDays(sessionDate, -lead - (returned ? 3 : 0));
        const base = {
          tenantId,
          sessionId,
          unitId: unit.id,
          sessionDate,
          startTime: random.pick(['08:30', '09:00', '14:30', '15:00']),
          place: random.pick(PLACES),
          topic: TOPICS[i % TOPICS.length],
          host,
          speakers: JSON.stringify(speakers),
          attendees: JSON.stringify(attendees),
          submittedBy: adminId,
        };
        const version = (versionNo: number, on: string, questions: string[], extra: object = {}) =>
          rq.insertStudyPlan(trx, {
            ...base,
            versionNo,
            questions: JSON.stringify(questions),
            submittedAt: at(on, 10),
            submittedOn: on,
            daysAhead: daysBetween(on, sessionDate),
            late: daysBetween(on, sessionDate) < 7 ? 1 : 0,
            status: 'submitted',
            returnReason: null,
            returnedAt: null,
            returnedBy: null,
            ...extra,
          });
        const reviewer = (teams.get(unit.id) ?? ctx.users.staffIds).at(-1);
        // The committee accepted (审核通过) every plan of an inspected session and half of the later ones.
        const accepted = (on: string) =>
          inspected || i % 2 === 0
            ? {
                status: 'accepted',
                acceptedAt: at(addDays(on, 1), 16),
                acceptedBy: reviewer,
                acceptComment: '方案要素齐全，同意按计划开展',
              }
            : {};
        if (returned) {
          await version(1, submittedOn, [QUESTIONS[0]], {
            status: 'returned',
            returnReason: '讨论题目只有一个且较为笼统，请结合本单位实际细化研讨题目',
            returnedAt: at(addDays(submittedOn, 1), 15),
            returnedBy: reviewer,
          });
          const again = addDays(submittedOn, 3);
          await version(2, again, [QUESTIONS[0], QUESTIONS[1], QUESTIONS[3]], accepted(again));
        } else {
          await version(1, submittedOn, [QUESTIONS[i % 4], QUESTIONS[(i + 1) % 4]], accepted(submittedOn));
        }
      }

      if (inspected)
        await inspect(
          ctx,
          sessionId,
          i,
          sessionDate,
          attendees,
          checkItems,
          teams.get(unit.id) ?? [],
          adminId,
        );
    }
  },
};

async function inspect(
  ctx: DemoContext,
  sessionId: number,
  i: number,
  date: string,
  attendees: string[],
  checkItems: { id: number; name: string }[],
  team: number[],
  adminId: number,
) {
  const { trx, tenantId, random } = ctx;
  const absent = random.int(0, 1);
  const attendance = attendees.map((name, k) => ({
    name,
    present: k < attendees.length - absent,
    absenceReason: k < attendees.length - absent ? null : random.pick(ABSENCE),
  }));
  const checks = checkItems.map((c, k) => ({
    itemId: c.id,
    name: c.name,
    result: (k + i) % 5 === 0 ? 'partial' : 'yes',
    note: null,
  }));
  const grade = GRADES[i % GRADES.length];
  const scores =
    i % 2 === 0
      ? [
          { criterion: 'organisation', score: random.int(19, 25) },
          { criterion: 'content', score: random.int(18, 25) },
          { criterion: 'discussion', score: random.int(17, 24) },
          { criterion: 'archive', score: random.int(16, 24) },
        ]
      : [];
  const submittedAt = at(addDays(date, 1), 16);
  await rq.insertRecord(trx, {
    tenantId,
    sessionId,
    status: 'submitted',
    inspectedOn: date,
    attendance: JSON.stringify(attendance),
    checks: JSON.stringify(checks),
    questionsAsked: '询问了年度学习计划制定、专题研讨安排和学习成果转化情况，抽查了两名班子成员的学习笔记。',
    notes: '主持人围绕专题作了引导发言，中心发言人结合分管工作谈了体会，其他班子成员逐一交流发言。',
    grade,
    scores: JSON.stringify(scores),
    feedback:
      '本次学习准备充分、主题突出，班子成员发言联系实际。建议进一步完善学习档案，加强学习成果转化运用，按季度开展专题研讨。',
    submittedAt,
    submittedBy: team[0] ?? ctx.users.staffIds[0],
    acknowledgedAt: at(addDays(date, random.int(2, 5)), 11),
    acknowledgedBy: adminId,
    createdAt: at(date, 17),
    updatedAt: submittedAt,
  });
  const practices = [
    PRACTICES[i % PRACTICES.length],
    ...(i % 3 === 0 ? [PRACTICES[(i + 2) % PRACTICES.length]] : []),
  ];
  const shortcomings = [
    SHORTCOMINGS[i % SHORTCOMINGS.length],
    ...(i % 4 === 1 ? [SHORTCOMINGS[(i + 1) % SHORTCOMINGS.length]] : []),
  ];
  const row =
    (kind: string) =>
    ([category, content]: [string, string], sort: number) => ({
      tenantId,
      sessionId,
      kind,
      category,
      content,
      sort,
      createdAt: submittedAt,
    });
  await rq.replaceItems(trx, sessionId, [
    ...practices.map(row('practice')),
    ...shortcomings.map(row('shortcoming')),
  ]);
}

function noticeBody(units: number) {
  return [
    '各党组(党委)、机关党委(总支、支部)：',
    `为认真抓好党组(党委)中心组学习，完善和落实中心组学习制度，经研究，工委从直属党组织中选取${units}个单位作为今年中心组巡听单位（名单及月份安排见附表），做到全年有统筹、每月有安排。现将有关事项通知如下：`,
    '一、受巡听单位须提前一周将学习方案（集中学习的时间、地点、专题、主持人、中心发言人、讨论题目等）报送工委党建片区分管领导及联系部室。',
    '二、巡听人员由工委党建片区分管领导及联系部室的有关同志组成，采取查、问、听、评的形式开展巡听。',
    '三、巡听中对好的做法和不足之处及时登记，作为年终考评、评选“优秀学习中心组”的客观依据。',
  ].join('\n');
}
