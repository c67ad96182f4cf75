import type { Figure, SummaryBlock } from '../../../../common/reports.js';
import { applies, type Facts, PARTS, SHORTCOMINGS } from './genre.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The span word of the genre: 上半年 / 下半年 / 全年 / 本期. */
export function spanOf(from: string, to: string): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return '本期';
  if (from.endsWith('-01-01') && to.endsWith('-06-30')) return '上半年';
  if (from.endsWith('-07-01') && to.endsWith('-12-31')) return '下半年';
  if (from.endsWith('-01-01') && to.endsWith('-12-31')) return '全年';
  return '本期';
}

const SPAN_OPENING: Record<string, string> = {
  上半年: '今年上半年',
  下半年: '今年下半年',
  全年: '今年以来',
  本期: '本期',
};

/**
 * Drafts the summary in the genre of the source document from the counted figures: opening,
 * 主要工作及成效 by line of work (一、（一）), 存在的不足 (一是……二是……) grounded in data, 下步打算.
 * Numbers stay as {{key}} tokens; the caller renders or recounts them.
 */
export function draftSummary(input: {
  tenantName: string;
  from: string;
  to: string;
  figures: Figure[];
}): SummaryBlock[] {
  const facts: Facts = {
    figures: new Map(input.figures.map((f) => [f.key, f])),
    span: spanOf(input.from, input.to),
  };
  const blocks: SummaryBlock[] = [];
  const parts = PARTS.map((part) => ({
    ...part,
    topics: part.topics
      .map((topic) => ({
        ...topic,
        texts: topic.sentences.filter((s) => applies(s, facts)).map((s) => s.text(facts)),
      }))
      .filter((topic) => topic.texts.length > 0),
  })).filter((part) => part.topics.length > 0);

  const opening = SPAN_OPENING[facts.span] ?? '本期';
  const focus = parts.map((p) => p.focus).join('、');
  blocks.push({
    kind: 'p',
    text: focus
      ? `${opening}，${input.tenantName}认真贯彻落实上级关于机关党的工作部署，突出服务发展、建设队伍两大任务，着力在${focus}等工作上抓落实，求实效，保证了机关党的工作健康发展。`
      : `${opening}，${input.tenantName}认真贯彻落实上级关于机关党的工作部署。本期系统中尚无可据以总结的工作记录。`,
  });

  parts.forEach((part, i) => {
    blocks.push({ kind: 'h1', text: `${NUMERALS[i]}、${part.heading}` });
    part.topics.forEach((topic, j) => {
      blocks.push({ kind: 'h2', text: `（${NUMERALS[j]}）${topic.heading}` });
      blocks.push({ kind: 'p', text: topic.texts.join('') });
    });
  });

  const gaps = SHORTCOMINGS.filter((s) => applies(s, facts));
  const n = parts.length;
  if (gaps.length > 0) {
    blocks.push({ kind: 'h1', text: `${NUMERALS[n]}、存在的不足` });
    blocks.push({
      kind: 'p',
      text: `回顾${facts.span === '本期' ? '本期' : facts.span}的工作，几项重点工作有了一个很好的开端，但也还存在一些不足之处：${gaps
        .map((g, k) => `${NUMERALS[k]}是${g.text(facts).replace(/。$/, '')}`)
        .join('；')}。`,
    });
  }
  blocks.push({ kind: 'h1', text: `${NUMERALS[n + (gaps.length > 0 ? 1 : 0)]}、下步打算` });
  const nexts = gaps.map((g) => g.next).filter(Boolean);
  blocks.push({
    kind: 'p',
    text: `${nexts.length ? `${nexts.join('')}` : ''}在下一步工作中，我们将持续推进，持续深化，确保各项工作取得实效。`,
  });
  return blocks;
}
