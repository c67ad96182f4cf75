import type { Figure } from '../../../../common/reports.js';

/**
 * The genre of the committee's work summary, as the 2010 half-year report writes it:
 * 总体情况 → 主要工作及成效 (一、（一）…) → 存在的不足 → 下步打算. Every number is a figure token
 * {{key}} that stays linked to the records it counts; a sentence is written only when the figures it
 * needs exist and are not zero, so the draft never claims work that has no records behind it.
 */
export interface Facts {
  figures: Map<string, Figure>;
  /** The period's name, e.g. 上半年 / 全年 / 本期. */
  span: string;
}

interface Sentence {
  needs: string[];
  text(f: Facts): string;
  /** For a shortcoming: what the committee will do about it (下步打算). */
  next?: string;
}

interface Topic {
  heading: string;
  sentences: Sentence[];
}

export interface Part {
  heading: string;
  focus: string;
  topics: Topic[];
}

const t = (key: string) => `{{${key}}}`;
const items = (f: Facts, key: string) =>
  (f.figures.get(key)?.items ?? []).map((i) => `《${i.replace(/^《|》$/g, '')}》`).join('、');

export const PARTS: Part[] = [
  {
    heading: '扎实推进学习型党组织建设，不断提升队伍素质',
    focus: '学习型党组织建设',
    topics: [
      {
        heading: '认真抓好党组（党委）中心组学习',
        sentences: [
          {
            needs: ['inspections.planUnits'],
            text: () =>
              `坚持把中心组学习作为提高领导班子能力水平的重要载体来抓，从直属的党委、总支、支部中选取${t('inspections.planUnits')}个单位作为中心组巡听单位，做到全年有统筹，每月有安排。`,
          },
          {
            needs: ['inspections.groupsInspected'],
            text: (f) =>
              `${f.span}工委对${t('inspections.groupsInspected')}个党组（党委）中心组理论学习情况进行了巡听，采取查、问、听、评的形式加强对中心组学习的督促指导。`,
          },
          {
            needs: ['inspections.goodPractices'],
            text: () =>
              `巡听中登记好的做法${t('inspections.goodPractices')}条，为年终评选“优秀学习中心组”提供了客观材料。`,
          },
        ],
      },
      {
        heading: '广泛开展党员读书活动',
        sentences: [
          {
            needs: ['learning.studyDays'],
            text: (f) => {
              const books = items(f, 'learning.booksGiven');
              const gift = f.figures.get('learning.booksGiven')?.value
                ? `，为党务干部赠送了${books}${t('learning.booksGiven')}本书，并进行了学习导读`
                : '';
              return `${f.span}共举办${t('learning.studyDays')}期党务干部学习日活动${gift}。`;
            },
          },
          {
            needs: ['learning.readingUnits'],
            text: () =>
              `各党组织根据工委推荐的学习书目，积极开展读一本好书活动，${t('learning.readingUnits')}个单位报送了学习园地、阅览室、读书角、学习交流会等读书活动情况。`,
          },
          {
            needs: ['learning.materialIssues'],
            text: () =>
              `通过《党员理论学习辅导材料》刊发学习资料${t('learning.materialIssues')}期，为各党组织开展学习活动提供帮助。`,
          },
        ],
      },
    ],
  },
  {
    heading: '把“创先争优”活动与推行“168”党建工作机制有机结合起来，不断增强基层组织活力',
    focus: '创先争优活动、推行“168”党建工作机制',
    topics: [
      {
        heading: '推行“168”党建工作机制',
        sentences: [
          {
            needs: ['mechanisms.pilotUnits'],
            text: () => `确定${t('mechanisms.pilotUnits')}个单位开展试点，以点带面推进“168”党建工作机制。`,
          },
          {
            needs: ['mechanisms.adoptionRate'],
            text: () => `目前各单位“168”党建工作机制各项要素的落实率为${t('mechanisms.adoptionRate')}%。`,
          },
        ],
      },
      {
        heading: '抓好文件贯彻和任务落实',
        sentences: [
          { needs: ['documents.issued'], text: () => `制定下发文件${t('documents.issued')}件。` },
          {
            needs: ['tasks.assigned'],
            text: () =>
              `向各单位部署工作任务${t('tasks.assigned')}项，各单位按时报送率${t('tasks.onTimeRate')}%。`,
          },
        ],
      },
    ],
  },
  {
    heading: '扎实推进“机关作风建设年”活动，营造良好发展环境',
    focus: '机关作风建设年活动',
    topics: [
      {
        heading: '开展调研，查找问题',
        sentences: [
          {
            needs: ['workStyle.researchTeams'],
            text: () =>
              `市直机关党工委组成${t('workStyle.researchTeams')}个调研组，先后深入商会、企业、团体、党派和${t('workStyle.unitsVisited')}个机关单位开展调研。`,
          },
          {
            needs: ['workStyle.windowUnitsVisited'],
            text: () =>
              `暗访了${t('workStyle.windowUnitsVisited')}个窗口单位，认真听取基层群众对改进机关作风的意见建议。`,
          },
          {
            needs: ['problems.found'],
            text: () =>
              `经过调研梳理，共查找机关作风问题${t('problems.found')}条，涉及${t('problems.departments')}个部门。`,
          },
        ],
      },
      {
        heading: '作风点评，落实整改',
        sentences: [
          {
            needs: ['commitments.tvUnits'],
            text: () =>
              `安排了${t('commitments.tvUnits')}个单位在电视台进行作风公开承诺，市直机关党工委及时做好跟踪指导。`,
          },
          {
            needs: ['commitments.units'],
            text: (f) =>
              (f.figures.get('commitments.units')?.value ?? 0) >
              (f.figures.get('commitments.tvUnits')?.value ?? 0)
                ? `共有${t('commitments.units')}个单位通过电视、报纸、网站等作出作风公开承诺。`
                : '',
          },
          {
            needs: ['publications.campaignBriefings'],
            text: () =>
              `加强对“机关作风建设年”活动情况的宣传报道，印发简报${t('publications.campaignBriefings')}期。`,
          },
          {
            needs: ['problems.closed'],
            text: () =>
              `对查找出的问题逐条反馈、跟踪整改，已整改销号${t('problems.closed')}条，整改销号率${t('problems.rectificationRate')}%。`,
          },
        ],
      },
    ],
  },
];

/** Shortcomings, each grounded in a figure: written only when the data shows the gap. */
export const SHORTCOMINGS: Sentence[] = [
  {
    needs: ['problems.overdue'],
    next: '对超期未整改的问题逐一督办，实行清单管理、对账销号，确保问题整改到位。',
    text: () =>
      `“机关作风建设年”活动开展不够平衡，有的单位整改措施不具体、进度迟缓，目前仍有${t('problems.overdue')}条问题整改超期未销号。`,
  },
  {
    needs: ['mechanisms.laggingUnits'],
    next: '加大“168”党建工作机制推行力度，对落实进度滞后的单位加强督促指导。',
    text: () =>
      `部分基层党组织没有很好地把“机关作风建设年”活动与推广“168”党建工作机制有机结合起来，“168”党建工作机制推行进度不快，${t('mechanisms.laggingUnits')}个单位落实进度明显滞后。`,
  },
  {
    needs: ['tasks.overdueUnits'],
    next: '强化工作任务督办，对逾期未报送的单位及时催办、通报。',
    text: () => `工作任务落实不够平衡，${t('tasks.overdueUnits')}个单位存在任务逾期未报送的情况。`,
  },
  {
    needs: ['inspections.lateStudyPlans'],
    next: '严格落实中心组学习方案提前一周报送制度，提高学习的计划性。',
    text: () =>
      `中心组学习计划性有待加强，${t('inspections.lateStudyPlans')}个单位未按要求提前一周报送学习方案。`,
  },
  {
    needs: ['inspections.shortcomings'],
    next: '针对巡听中发现的不足之处，督促相关单位认真抓好整改。',
    text: (f) => {
      const top = f.figures.get('inspections.shortcomings')?.items?.[0];
      return `巡听中发现不足之处${t('inspections.shortcomings')}条${top ? `，较为集中的是“${top}”方面` : ''}。`;
    },
  },
  {
    needs: ['learning.unitsWithoutReading'],
    next: '进一步扩大读书活动覆盖面，推动各党组织普遍开展读书活动。',
    text: () => `读书活动覆盖面不够广，还有${t('learning.unitsWithoutReading')}个单位未报送读书活动情况。`,
  },
];

/** Whether the figures a sentence needs are non-zero and every token it writes is a known figure. */
export function applies(sentence: Sentence, facts: Facts): boolean {
  if (!sentence.needs.every((key) => (facts.figures.get(key)?.value ?? 0) > 0)) return false;
  const text = sentence.text(facts);
  if (!text) return false;
  const tokens = [...text.matchAll(/\{\{([a-zA-Z0-9_.]+)\}\}/g)].map((m) => m[1]);
  return tokens.every((key) => facts.figures.has(key));
}
export type { Sentence };
