import { describe, expect, it } from 'vitest';
import { type Figure, renderTokens } from '../../../../common/reports.js';
import { draftSummary, spanOf } from './draft.js';
import { shapeTitle } from './service.js';

const fig = (key: string, value: number, items: string[] = []): Figure => ({
  key,
  label: key,
  measure: '个',
  group: key.split('.')[0],
  value,
  items,
  sources: Array.from({ length: value }, (_, i) => ({ type: 'x', id: i + 1, label: String(i + 1) })),
});

function render(figures: Figure[], from = '2010-01-01', to = '2010-06-30') {
  const blocks = draftSummary({ tenantName: '云州市直机关党工委', from, to, figures });
  const values = new Map(figures.map((f) => [f.key, f.value]));
  return { blocks, text: blocks.map((b) => renderTokens(b.text, values)).join('\n') };
}

describe('draftSummary', () => {
  it('writes each figure in the genre of the source, as a token linked to its key', () => {
    const { blocks, text } = render([
      fig('inspections.planUnits', 63),
      fig('inspections.groupsInspected', 16),
      fig('learning.studyDays', 2),
      fig('learning.booksGiven', 3, ['一口气读懂心理学', '提高领导干部心理调适能力', '一个重大的时代课题']),
      fig('workStyle.researchTeams', 4),
      fig('workStyle.unitsVisited', 35),
      fig('workStyle.windowUnitsVisited', 35),
      fig('problems.found', 42),
      fig('problems.departments', 23),
      fig('commitments.tvUnits', 12),
      fig('commitments.units', 12),
      fig('publications.campaignBriefings', 2),
    ]);
    expect(text).toContain('上半年工委对16个党组（党委）中心组理论学习情况进行了巡听');
    expect(text).toContain('选取63个单位作为中心组巡听单位');
    expect(text).toContain(
      '上半年共举办2期党务干部学习日活动，为党务干部赠送了《一口气读懂心理学》、《提高领导干部心理调适能力》、《一个重大的时代课题》3本书',
    );
    expect(text).toContain('组成4个调研组，先后深入商会、企业、团体、党派和35个机关单位开展调研');
    expect(text).toContain('暗访了35个窗口单位');
    expect(text).toContain('共查找机关作风问题42条，涉及23个部门');
    expect(text).toContain('安排了12个单位在电视台进行作风公开承诺');
    expect(text).not.toContain('通过电视、报纸、网站');
    expect(text).toContain('印发简报2期');
    expect(blocks.some((b) => b.text.includes('{{inspections.groupsInspected}}'))).toBe(true);
    expect(blocks.filter((b) => b.kind === 'h1').map((b) => b.text.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
    ]);
    expect(blocks.find((b) => b.kind === 'h2')?.text).toBe('（一）认真抓好党组（党委）中心组学习');
  });

  it('writes no sentence whose figures are zero or missing, and says so when nothing was recorded', () => {
    const { text } = render([fig('inspections.planUnits', 0), fig('problems.found', 0)]);
    expect(text).not.toContain('巡听');
    expect(text).not.toContain('问题');
    expect(text).toContain('尚无可据以总结的工作记录');
  });

  it('grounds the shortcomings in data and pairs each with a next step', () => {
    const { text } = render([
      fig('problems.found', 5),
      fig('problems.departments', 3),
      fig('problems.overdue', 4),
      fig('mechanisms.laggingUnits', 7),
    ]);
    expect(text).toContain('存在的不足');
    expect(text).toContain('一是“机关作风建设年”活动开展不够平衡');
    expect(text).toContain('仍有4条问题整改超期未销号');
    expect(text).toContain('二是部分基层党组织');
    expect(text).toContain('7个单位落实进度明显滞后');
    expect(text).toContain('对超期未整改的问题逐一督办');
    const none = render([
      fig('problems.found', 5),
      fig('problems.departments', 3),
      fig('problems.overdue', 0),
    ]).text;
    expect(none).not.toContain('存在的不足');
  });

  it('names the span of the period as the genre does', () => {
    expect(spanOf('2010-01-01', '2010-06-30')).toBe('上半年');
    expect(spanOf('2010-07-01', '2010-12-31')).toBe('下半年');
    expect(spanOf('2010-01-01', '2010-12-31')).toBe('全年');
    expect(spanOf('2010-03-01', '2010-05-31')).toBe('本期');
  });
});

describe('shapeTitle', () => {
  it('breaks a long summary title before 工作总结 and leaves short ones alone', () => {
    expect(shapeTitle('云州市直机关党工委2010年度上半年工作总结')).toBe(
      '云州市直机关党工委2010年度上半年\n工作总结',
    );
    expect(shapeTitle('2010年度工作总结')).toBe('2010年度工作总结');
  });
});
