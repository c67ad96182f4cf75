import { DEFAULT_CATEGORIES } from '../../common/problems.js';
import { nextNumber } from '../db/counters.js';
import * as cq from '../modules/campaigns/queries.js';
import * as commitmentsQ from '../modules/commitments/queries.js';
import * as pq from '../modules/problems/queries.js';
import type { DemoContext, DemoStep } from './context.js';
import { seededRandom } from './random.js';

/**
 * The 2010 机关作风建设年: the campaign and its phases, four research teams formed in June, their
 * visits to organ units, enterprises and associations, interviews, 暗访 of window units, the
 * problems found (some departments with several, a few found after the half-year), rectifications
 * in every state, a review meeting and the units' public commitments on TV. Every figure of the
 * source document is counted from these records, never stored.
 */
const ORGAN_VISITS = 35;
const WINDOW_VISITS = 35;
/** Problems per department for the first half: 5 × 3 + 9 × 2 + 9 × 1 = 42 problems in 23 departments. */
const PROBLEMS_PER_UNIT = [3, 3, 3, 3, 3, ...Array(9).fill(2), ...Array(9).fill(1)] as number[];
const TV_COMMITMENTS = 12;

const FINDINGS: Record<string, string[]> = {
  服务态度: [
    '窗口工作人员对群众咨询态度生硬，解释不耐心',
    '接待来访群众时推诿扯皮，“门难进、脸难看”现象仍有发生',
  ],
  办事效率: ['行政审批环节多、时限长，部分事项超出承诺时限办结', '一次性告知不到位，群众多次往返补交材料'],
  工作纪律: ['工作时间存在上网聊天、玩游戏现象', '上班迟到早退，窗口岗位出现空岗'],
  履职尽责: ['对企业反映的问题跟踪督办不力，答复不及时', '服务项目推进中协调配合不够主动'],
  廉洁自律: ['个别工作人员接受服务对象宴请', '收费项目公示不全，存在搭车收费隐患'],
  制度建设: ['首问负责制、限时办结制落实不到位', '政务公开栏内容陈旧，办事指南未及时更新'],
};
const OTHER_VISITS: [string, string][] = [
  ['chamber', '云州市工商业联合会（总商会）'],
  ['chamber', '云州市浙江商会'],
  ['enterprise', '云州钢铁集团有限公司'],
  ['enterprise', '云州市华远电子科技有限公司'],
  ['enterprise', '云州市金穗农业开发有限公司'],
  ['association', '云州市个体劳动者协会'],
  ['association', '云州市律师协会'],
  ['party', '民革云州市委员会'],
  ['party', '民盟云州市委员会'],
];
const INTERVIEWS: [string, string][] = [
  ['cppcc_member', '市政协委员座谈（6人）'],
  ['npc_deputy', '市人大代表座谈（5人）'],
  ['party_delegate', '市党代表座谈（8人）'],
];
const MEASURES = [
  '一、召开专题会议剖析问题根源；二、修订完善岗位责任制；三、开展全员作风教育培训',
  '一、压缩审批环节，公开办事流程和时限；二、推行首问负责和限时办结；三、设立意见箱和监督电话',
  '一、建立考勤和巡查通报制度；二、将作风表现纳入年度考核；三、对违纪人员严肃处理',
];

export const workStyleDemo: DemoStep = {
  name: 'workStyle',
  async run(ctx) {
    const random = seededRandom(2010_3);
    const { trx, tenantId } = ctx;
    const at = (date: string, hour = 9) => `${date}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;
    const staff = ctx.users.staffIds;
    const windowUnits = ctx.units.filter((u) => u.isWindow);
    const organUnits = ctx.units.filter((u) => !u.isWindow);
    if (windowUnits.length < WINDOW_VISITS || organUnits.length < ORGAN_VISITS)
      throw new Error('demo city too small');

    const users = await trx
      .selectFrom('users')
      .select(['id', 'displayName'])
      .where('tenantId', '=', tenantId)
      .execute();
    names = new Map(users.map((u) => [u.id, u.displayName]));
    for (const [sort, name] of DEFAULT_CATEGORIES.entries())
      await trx.insertInto('problemCategories').values({ tenantId, name, sort }).execute();

    const campaignId = await cq.insertRow(trx, 'wsCampaigns', {
      tenantId,
      year: 2010,
      name: '2010年市直机关“机关作风建设年”活动',
      startOn: '2010-04-01',
      endOn: '2010-12-31',
      phases: JSON.stringify([
        { key: 'mobilise', startOn: '2010-04-01', endOn: '2010-05-31' },
        { key: 'research', startOn: '2010-06-01', endOn: '2010-06-30' },
        { key: 'review', startOn: '2010-07-01', endOn: '2010-10-31' },
        { key: 'assess', startOn: '2010-11-01', endOn: '2010-12-31' },
      ]),
      documents: JSON.stringify([
        { title: '关于在市直机关开展“机关作风建设年”活动的实施方案', docNumber: '云直工发〔2010〕21号' },
        { title: '关于开展机关作风建设专题调研的通知', docNumber: '云直工发〔2010〕35号' },
      ]),
      scopeUnitIds: JSON.stringify(ctx.units.map((u) => u.id)),
      remarks: '市委、市政府部署开展“机关作风建设年”活动后，工委召开动员大会全面铺开。',
      createdAt: at('2010-04-01'),
      updatedAt: at('2010-04-01'),
    });

    const teamIds: number[] = [];
    for (let i = 0; i < 4; i++) {
      const members = staff.slice(i * 2, i * 2 + 2);
      teamIds.push(
        await cq.insertRow(trx, 'wsTeams', {
          tenantId,
          campaignId,
          name: `第${'一二三四'[i]}调研组`,
          leaderId: ctx.users.areaLeaderIds[i % ctx.users.areaLeaderIds.length],
          memberUserIds: JSON.stringify(members),
          formedOn: '2010-06-02',
          remit: `负责${ctx.areas[i % ctx.areas.length].name}及相关商会、企业的调研`,
          createdAt: at('2010-06-02'),
          updatedAt: at('2010-06-02'),
        }),
      );
    }

    const visit = async (v: {
      kind: string;
      targetType: string;
      unitId: number | null;
      name: string;
      day: number;
      team: number;
    }) => {
      const on = `2010-06-${String(v.day).padStart(2, '0')}`;
      const unannounced = v.kind === 'unannounced';
      return cq.insertRow(trx, 'wsVisits', {
        tenantId,
        campaignId,
        teamId: teamIds[v.team],
        kind: v.kind,
        targetType: v.targetType,
        unitId: v.unitId,
        targetName: v.name,
        visitedOn: on,
        visitedTime: unannounced
          ? `${String(random.int(8, 16)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`
          : null,
        observers: unannounced ? '调研组成员（着便装以办事群众身份）' : null,
        peopleMet: unannounced
          ? null
          : random.pick(['单位主要负责人及班子成员', '分管领导、科室负责人', '企业负责人和职工代表']),
        record: unannounced
          ? '以办事群众身份进入服务大厅，观察窗口服务情况'
          : '召开座谈会，发放征求意见表，听取意见建议',
        findings: null,
        createdBy: staff[0],
        createdAt: at(on, 18),
        updatedAt: at(on, 18),
      });
    };
    const organs = random.shuffle(organUnits).slice(0, ORGAN_VISITS);
    const windows = random.shuffle(windowUnits).slice(0, WINDOW_VISITS);
    const visitOf = new Map<number, { id: number; day: number; kind: string }>();
    for (const [i, u] of organs.entries()) {
      const day = 7 + (i % 18);
      visitOf.set(u.id, {
        id: await visit({
          kind: 'visit',
          targetType: 'organ_unit',
          unitId: u.id,
          name: u.name,
          day,
          team: i % 4,
        }),
        day,
        kind: 'visit',
      });
    }
    for (const [i, u] of windows.entries()) {
      const day = 8 + (i % 18);
      visitOf.set(u.id, {
        id: await visit({
          kind: 'unannounced',
          targetType: 'window_unit',
          unitId: u.id,
          name: u.name,
          day,
          team: i % 4,
        }),
        day,
        kind: 'unannounced',
      });
    }
    for (const [i, [type, name]] of OTHER_VISITS.entries())
      await visit({ kind: 'visit', targetType: type, unitId: null, name, day: 9 + i, team: i % 4 });
    for (const [i, [type, name]] of INTERVIEWS.entries())
      await visit({ kind: 'interview', targetType: type, unitId: null, name, day: 20 + i, team: i % 4 });

    // The 23 departments: window units (from 暗访) and organ units (from visits), interleaved.
    const involved = [...windows.slice(0, 12), ...organs.slice(0, 11)];
    const states = random.shuffle([
      ...Array(4).fill('registered'),
      ...Array(4).fill('fed_back'),
      ...Array(5).fill('measures_submitted'),
      ...Array(6).fill('in_progress'),
      ...Array(4).fill('verification_requested'),
      ...Array(3).fill('returned'),
      ...Array(4).fill('verified'),
      ...Array(12).fill('closed'),
    ]);
    let n = 0;
    for (const [i, unit] of involved.entries()) {
      const source = visitOf.get(unit.id)!;
      for (let k = 0; k < PROBLEMS_PER_UNIT[i]; k++) {
        const found = `2010-06-${String(Math.min(source.day + 1, 30)).padStart(2, '0')}`;
        await addProblem(ctx, random, {
          campaignId,
          unitId: unit.id,
          sourceType: source.kind === 'unannounced' ? 'unannounced' : 'visit',
          sourceId: source.id,
          foundOn: found,
          state: states[n++],
          staffId: staff[n % staff.length],
        });
      }
    }

    // 点评会 in mid-July; the problems it raised fall outside the first half (the period matters).
    const reviewId = await cq.insertRow(trx, 'wsReviews', {
      tenantId,
      campaignId,
      heldOn: '2010-07-15',
      title: '市直机关作风建设点评会',
      chair: '市委副书记',
      praisedUnitIds: JSON.stringify(organs.slice(20, 24).map((u) => u.id)),
      criticisedUnitIds: JSON.stringify(involved.slice(0, 3).map((u) => u.id)),
      remarks: '市委领导点评市直机关作风建设的薄弱环节，表扬先进，鞭策后进。',
      createdAt: at('2010-07-15'),
      updatedAt: at('2010-07-15'),
    });
    for (const unit of organs.slice(30, 33))
      await addProblem(ctx, random, {
        campaignId,
        unitId: unit.id,
        sourceType: 'review_meeting',
        sourceId: reviewId,
        foundOn: '2010-07-15',
        state: 'fed_back',
        staffId: staff[0],
      });

    // 12 units' commitments on TV in June (public), two newspaper commitments in September.
    const promisers = random.shuffle(ctx.units).slice(0, TV_COMMITMENTS + 2);
    for (const [i, unit] of promisers.entries()) {
      const tv = i < TV_COMMITMENTS;
      const on = tv ? `2010-06-${String(21 + (i % 8)).padStart(2, '0')}` : '2010-09-10';
      const items = [
        '公开办事流程和承诺时限，做到一次性告知',
        '推行首问负责制和限时办结制',
        '设立监督电话，接受群众监督',
      ];
      const id = await commitmentsQ.insertCommitment(trx, {
        tenantId,
        campaignId,
        unitId: unit.id,
        medium: tv ? 'tv' : 'newspaper',
        committedOn: on,
        items: JSON.stringify(items),
        isPublic: 1,
        createdAt: at(on),
        updatedAt: at(on),
      });
      if (tv && i < 8)
        await commitmentsQ.insertCheck(trx, {
          tenantId,
          commitmentId: id,
          checkedOn: '2010-06-30',
          results: JSON.stringify(items.map((_t, k) => ({ kept: !(i % 3 === 0 && k === 2), note: null }))),
          note: '跟踪检查',
          checkerId: staff[1],
          createdAt: at('2010-06-30', 17),
        });
    }
  },
};

type Ctx = DemoContext;
let names = new Map<number, string>();
async function addProblem(
  ctx: Ctx,
  random: ReturnType<typeof seededRandom>,
  p: {
    campaignId: number;
    unitId: number;
    sourceType: string;
    sourceId: number;
    foundOn: string;
    state: string;
    staffId: number;
  },
) {
  const { trx, tenantId } = ctx;
  const category = random.pick(Object.keys(FINDINGS));
  const seq = await nextNumber(trx, tenantId, `problem:${p.foundOn.slice(0, 4)}`);
  const t = (date: string, hour: number) => `${date}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;
  const order = [
    'registered',
    'fed_back',
    'measures_submitted',
    'in_progress',
    'verification_requested',
    'verified',
    'closed',
  ];
  const reached = (s: string) =>
    p.state === 'returned'
      ? ['registered', 'fed_back', 'measures_submitted', 'in_progress', 'verification_requested'].includes(s)
      : order.indexOf(p.state) >= order.indexOf(s);
  const longTerm = random.next() < 0.4;
  const admin = ctx.users.unitAdminByUnit.get(p.unitId) ?? null;
  const id = await pq.insertProblem(trx, {
    tenantId,
    campaignId: p.campaignId,
    code: `ZF${p.foundOn.slice(0, 4)}-${String(seq).padStart(3, '0')}`,
    sourceType: p.sourceType,
    sourceId: p.sourceId,
    unitId: p.unitId,
    category,
    severity: random.pick(['general', 'general', 'serious', 'major']),
    description: random.pick(FINDINGS[category]),
    foundOn: p.foundOn,
    status: p.state,
    replyBy: reached('fed_back') ? '2010-07-10' : null,
    fedBackAt: reached('fed_back') ? t('2010-07-01', 10) : null,
    measures: reached('measures_submitted') ? random.pick(MEASURES) : null,
    responsibleLeader: reached('measures_submitted') ? '分管副局长' : null,
    responsiblePerson: reached('measures_submitted') ? '办公室主任' : null,
    deadlineType: reached('measures_submitted') ? (longTerm ? 'long_term' : 'deadline') : null,
    deadlineOn: reached('measures_submitted') ? (longTerm ? null : '2010-09-30') : null,
    returnReason: p.state === 'returned' ? '整改措施落实不到位，佐证材料不充分，请补充后重新申请验收' : null,
    verifiedAt: reached('verified') ? t('2010-09-20', 15) : null,
    verifiedBy: reached('verified') ? p.staffId : null,
    closedAt: reached('closed') ? t('2010-09-25', 16) : null,
    closedBy: reached('closed') ? p.staffId : null,
    lastRemindedAt: null,
    createdBy: p.staffId,
    createdAt: t(p.foundOn, 17),
    updatedAt: t(p.foundOn, 17),
  });
  const events: [string, string, number | null, string | null][] = [
    ['created', t(p.foundOn, 17), p.staffId, null],
  ];
  if (reached('fed_back'))
    events.push(['fed_back', t('2010-07-01', 10), p.staffId, '请于7月10日前报送整改措施']);
  if (reached('measures_submitted')) events.push(['measures', t('2010-07-08', 11), admin, null]);
  if (reached('in_progress'))
    events.push(['progress', t('2010-08-05', 11), admin, '已召开专题会议，制定整改方案并组织实施']);
  if (reached('verification_requested'))
    events.push(['verification_requested', t('2010-09-10', 11), admin, '整改已完成，申请验收']);
  if (p.state === 'returned')
    events.push(['returned', t('2010-09-15', 15), p.staffId, '整改措施落实不到位，佐证材料不充分']);
  if (reached('verified')) events.push(['verified', t('2010-09-20', 15), p.staffId, '经实地复查，整改到位']);
  if (reached('closed')) events.push(['closed', t('2010-09-25', 16), p.staffId, null]);
  for (const [kind, at, actorId, note] of events)
    await pq.insertEvent(trx, {
      tenantId,
      problemId: id,
      kind,
      note,
      actorId,
      actorName: actorId ? (names.get(actorId) ?? null) : null,
      at,
    });
}
