import type { BlockKind } from '../../../common/documents.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings rarely pass 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** A numbering prefix the author may have typed already: 一、 （一） 1. 1、 （1）. */
const TYPED_PREFIX =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）])\s*/;

/**
 * Numbers the headings as GB/T 9704 orders them — 一、 （一） 1. （1） — restarting each level under
 * its parent, so authors never renumber by hand. A prefix the author typed is replaced, not doubled.
 */
export function numberHeadings<T extends { kind: BlockKind; text: string }>(blocks: T[]): T[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((b) => {
    if (b.kind === 'p') return b;
    const level = Number(b.kind.slice(1)) - 1;
    counters[level] += 1;
    for (let i = level + 1; i < counters.length; i++) counters[i] = 0;
    const n = counters[level];
    const prefix = [`${chineseNumeral(n)}、`, `（${chineseNumeral(n)}）`, `${n}.`, `（${n}）`][level];
    return { ...b, text: prefix + b.text.replace(TYPED_PREFIX, '') };
  });
}
