import { READING_ACTIVITY_TYPES } from '../../common/learning.js';
import { assignMaterialNumber } from '../modules/learning/materials-service.js';
import * as activities from '../modules/learning/queries/activities.js';
import * as books from '../modules/learning/queries/books.js';
import * as materials from '../modules/learning/queries/materials.js';
import * as days from '../modules/learning/queries/study-days.js';
import { assignBriefingNumber } from '../modules/publications/numbering.js';
import * as briefings from '../modules/publications/queries/briefings.js';
import * as news from '../modules/publications/queries/news.js';
import { sanitizeNewsBody } from '../modules/publications/sanitize.js';
import { CITY } from './city.js';
import type { DemoContext, DemoStep } from './context.js';
import { seededRandom } from './random.js';

/** A moment of a Shanghai business day as an ISO instant (09:00 local). */
const at = (date: string) => `${date}T01:00:00.000Z`;

const BOOKS = [
  { title: '一口气读懂心理学', author: '李宏夫', publisher: '中国华侨出版社' },
  { title: '提高领导干部心理调适能力', author: '中央党校课题组', publisher: '中共中央党校出版社' },
  { title: '一个重大的时代课题', author: '中共中央宣传部理论局', publisher: '学习出版社' },
  { title: '科学发展观学习读本', author: '中共中央宣传部', publisher: '学习出版社' },
  { title: '建设学习型党组织干部读本', author: '本书编写组', publisher: '党建读物出版社' },
];

/**
 * 学习型党组织 and 宣传信息 in 2010: the two study days of the first half where the three books of the
 * source were given (and one in the second half), the 荐读书目, three issues of study material (the
 * first on the February speech), units' reading activities (some units report none), news, and the
 * 作风建设简报 (第1、2期 in June, 第3期 in August) plus 机关党讯. Numbers come from the same counters
 * the application uses, so later publications continue the sequence.
 */
export const learningDemo: DemoStep = {
  name: 'learning',
  async run(ctx) {
    const random = seededRandom(20100626);
    const bookIds = await seedBooks(ctx);
    const dayIds = await seedStudyDays(ctx, bookIds, random);
    const materialIds = await seedMaterials(ctx);
    await seedActivities(ctx, random);
    const briefingIds = await seedBriefings(ctx);
    await seedNews(ctx, { dayIds, materialIds, briefingIds });
  },
};

async function seedBooks({ trx, tenantId }: DemoContext) {
  const ids: number[] = [];
  for (const b of BOOKS)
    ids.push(
      await books.insertBook(trx, {
        tenantId,
        ...b,
        isbn: null,
        createdAt: at('2010-01-05'),
        updatedAt: at('2010-01-05'),
      }),
    );
  const listId = await books.insertReadingList(trx, {
    tenantId,
    year: 2010,
    title: '2010年市直机关党员干部荐读书目',
    intro:
      '围绕建设学习型党组织，工委向市直机关党员干部推荐以下书目，请各党组织组织党员开展“读一本好书”活动。',
    published: 1,
    createdAt: at('2010-02-20'),
    updatedAt: at('2010-02-20'),
  });
  await books.replaceReadingListItems(
    trx,
    listId,
    ids.map((bookId, sort) => ({ tenantId, bookId, note: null, sort })),
  );
  return ids;
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'建华国强志明秀英海涛丽娟文军红梅晓东春燕立新永刚玉兰'];

/** A Chinese name of two or three characters. */
function personName(random: ReturnType<typeof seededRandom>) {
  const given = random.pick(GIVEN) + (random.next() < 0.6 ? random.pick(GIVEN) : '');
  return random.pick(SURNAMES) + given;
}

async function seedStudyDays(ctx: DemoContext, bookIds: number[], random: ReturnType<typeof seededRandom>) {
  const { trx, tenantId, units } = ctx;
  // Its own sequence, so that adding names changes none of the other demo records.
  const people = seededRandom(20100326);
  const plan = [
    {
      heldOn: '2010-03-26',
      theme: '第一期党务干部学习日：学习贯彻胡锦涛总书记视察云州重要讲话精神',
      speakers: '工委副书记',
      gifts: [0],
    },
    {
      heldOn: '2010-06-25',
      theme: '第二期党务干部学习日：提高党务干部心理调适能力',
      speakers: '市委党校教授',
      gifts: [1, 2],
    },
    {
      heldOn: '2010-09-17',
      theme: '第三期党务干部学习日：深入学习实践科学发展观',
      speakers: '工委书记',
      gifts: [3],
    },
  ];
  const ids: number[] = [];
  for (const p of plan) {
    const id = await days.insertStudyDay(trx, {
      tenantId,
      heldOn: p.heldOn,
      theme: p.theme,
      speakers: p.speakers,
      guide: `围绕“${p.theme.split('：')[1]}”进行学习导读，结合赠送书目交流读书体会。`,
      createdAt: at(p.heldOn),
      updatedAt: at(p.heldOn),
    });
    await days.replaceInvites(
      trx,
      tenantId,
      id,
      units.map((u) => u.id),
    );
    for (const u of units) {
      const absent = random.next() < 0.08;
      await days.setAttendance(trx, id, {
        unitId: u.id,
        status: absent ? 'absent' : 'present',
        attendee: absent ? null : '党务干部',
        reason: absent ? random.pick(['外出参加培训', '单位有紧急公务', '病假']) : null,
      });
      // 按人签到: the one or two 党务干部 each attending unit sent.
      if (!absent) {
        const names = new Set([personName(people), ...(people.next() < 0.5 ? [personName(people)] : [])]);
        await days.replaceAttendees(trx, tenantId, id, u.id, [...names]);
      }
    }
    await days.replaceGifts(
      trx,
      id,
      p.gifts.map((b, sort) => ({
        tenantId,
        bookId: bookIds[b],
        copies: units.length,
        recipient: 'attendees',
        unitId: null,
        sort,
      })),
    );
    ids.push(id);
  }
  return ids;
}

async function seedMaterials({ trx, tenantId }: DemoContext) {
  const issues = [
    {
      date: '2010-02-26',
      title: '认真学习贯彻胡锦涛总书记视察云州时的重要讲话精神',
      contents:
        '2月，胡锦涛总书记在云州考察时发表重要讲话，对云州建设取得的成果给予充分肯定，对抢抓机遇、加快发展提出了具体要求。本期刊发讲话精神学习要点和省、市领导干部大会精神，供各党组织学习使用。',
    },
    {
      date: '2010-04-15',
      title: '深入学习党的十七届四中全会精神',
      contents: '本期刊发《关于推进学习型党组织建设的意见》辅导解读。',
    },
    {
      date: '2010-06-10',
      title: '推进学习型党组织建设',
      contents: '本期刊发市直机关学习型党组织建设经验交流材料。',
    },
  ];
  const ids: number[] = [];
  for (const m of issues) {
    const number = await assignMaterialNumber(trx, tenantId, 2010);
    ids.push(
      await materials.insertMaterial(trx, {
        tenantId,
        year: 2010,
        number,
        title: m.title,
        contents: m.contents,
        status: 'published',
        publishedAt: at(m.date),
        createdAt: at(m.date),
        updatedAt: at(m.date),
      }),
    );
  }
  return ids;
}

async function seedActivities(ctx: DemoContext, random: ReturnType<typeof seededRandom>) {
  const { trx, tenantId, units, users } = ctx;
  const titles: Record<string, string> = {
    reading_corner: '机关读书角开放',
    reading_room: '党员阅览室开放',
    study_board: '更新学习园地专栏',
    online_study: '网上学习阵地专题学习',
    exchange_meeting: '读书学习交流会',
    good_book: '“读一本好书”活动',
  };
  for (const unit of units) {
    // About a quarter of the units report nothing: the coverage view shows them plainly.
    if (random.next() < 0.25) continue;
    const count = random.int(1, 3);
    for (let i = 0; i < count; i++) {
      const type = random.pick(READING_ACTIVITY_TYPES);
      const month = random.int(3, 11);
      const heldOn = `2010-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      await activities.insertActivity(trx, {
        tenantId,
        unitId: unit.id,
        type,
        heldOn,
        title: titles[type],
        participants: random.int(8, 60),
        summary: `${unit.shortName}组织党员干部开展${titles[type]}。`,
        createdBy: users.unitAdminByUnit.get(unit.id) ?? users.staffIds[0],
        createdAt: at(heldOn),
        updatedAt: at(heldOn),
      });
    }
  }
}

async function seedBriefings({ trx, tenantId, users }: DemoContext) {
  const editorUnit = CITY.committee;
  // The series of the 作风建设年 campaign (made by the work-style step, which runs first).
  const campaign = await briefings.findCampaignRefByYear(trx, tenantId, 2010);
  const workStyle = await briefings.insertSeries(trx, {
    tenantId,
    name: '作风建设简报',
    editorUnit: `${CITY.name}“机关作风建设年”活动领导小组办公室`,
    hasRunningTotal: 0,
    totalBase: 0,
    campaignId: campaign?.id ?? null,
    createdAt: at('2010-05-20'),
    updatedAt: at('2010-05-20'),
  });
  const news = await briefings.insertSeries(trx, {
    tenantId,
    name: '机关党讯',
    editorUnit,
    hasRunningTotal: 1,
    totalBase: 86,
    campaignId: null,
    createdAt: at('2010-01-04'),
    updatedAt: at('2010-01-04'),
  });
  const issues = [
    { series: news, date: '2010-03-05', title: '市直机关掀起学习胡锦涛总书记重要讲话精神热潮', isPublic: 1 },
    { series: news, date: '2010-04-12', title: '工委举办第一期党务干部学习日', isPublic: 1 },
    { series: workStyle, date: '2010-06-18', title: '市直机关“机关作风建设年”活动全面铺开', isPublic: 1 },
    { series: workStyle, date: '2010-06-29', title: '四个调研组深入基层查找机关作风问题', isPublic: 0 },
    { series: workStyle, date: '2010-08-20', title: '十二个单位在电视台作出作风公开承诺', isPublic: 1 },
  ];
  const ids: number[] = [];
  for (const b of issues) {
    const series = (await briefings.findSeriesById(trx, tenantId, b.series))!;
    const numbers = await assignBriefingNumber(trx, tenantId, series, false, b.date);
    ids.push(
      await briefings.insertBriefing(trx, {
        tenantId,
        seriesId: b.series,
        isSupplement: 0,
        ...numbers,
        issuedOn: b.date,
        title: b.title,
        editorNote: b.series === workStyle ? '现将有关情况刊发，请各单位结合实际认真抓好落实。' : null,
        articles: JSON.stringify([
          {
            title: b.title,
            body: `${b.title}。\n市直机关各党组织按照工委部署，紧密联系工作实际，扎实推进各项工作。`,
          },
        ]),
        reportTo: '市委、市政府领导',
        sendTo: '市委办公室、市政府办公室',
        issueTo: '市直各单位党组织',
        copies: 150,
        status: 'published',
        isPublic: b.isPublic,
        publishedAt: at(b.date),
        createdBy: users.staffIds[0],
        createdAt: at(b.date),
        updatedAt: at(b.date),
      }),
    );
  }
  return ids;
}

async function seedNews(
  { trx, tenantId, users }: DemoContext,
  links: { dayIds: number[]; materialIds: number[]; briefingIds: number[] },
) {
  const posts = [
    {
      date: '2010-03-02',
      title: '市直机关迅速掀起学习胡锦涛总书记视察云州重要讲话精神热潮',
      summary: '各党组织采取多种形式学习讲话精神，工委通过《党员理论学习辅导材料》及时刊发学习资料。',
      body: '胡锦涛总书记2月在云州考察时发表重要讲话后，市直机关各党组织迅速行动，采取中心组学习、专题讨论等形式开展学习。\n工委通过《党员理论学习辅导材料》第1期及时刊发有关学习资料，为各党组织开展学习活动提供帮助。',
      linkType: 'studyMaterial',
      linkId: links.materialIds[0],
    },
    {
      date: '2010-03-27',
      title: '工委举办第一期党务干部学习日',
      summary: '为党务干部赠送《一口气读懂心理学》并进行学习导读。',
      body: '3月26日，市直机关党工委举办第一期党务干部学习日，为参会党务干部赠送了《一口气读懂心理学》，并进行了学习导读。',
      linkType: 'studyDay',
      linkId: links.dayIds[0],
    },
    {
      date: '2010-06-19',
      title: '《作风建设简报》第1期印发',
      summary: '通报市直机关“机关作风建设年”活动开展情况。',
      body: '6月18日，《作风建设简报》第1期印发，通报市直机关“机关作风建设年”活动全面铺开的情况。',
      linkType: 'briefing',
      linkId: links.briefingIds[2],
    },
  ];
  for (const p of posts)
    await news.insertNews(trx, {
      tenantId,
      title: p.title,
      summary: p.summary,
      bodyHtml: sanitizeNewsBody(p.body),
      coverFileId: null,
      linkType: p.linkType,
      linkId: p.linkId,
      status: 'published',
      publishedAt: at(p.date),
      createdBy: users.staffIds[0],
      createdAt: at(p.date),
      updatedAt: at(p.date),
    });
}
