import { describe, expect, it } from 'vitest';
import { issueLabel } from './briefing-docx.js';
import { A4_PAGE, chineseDate, TEXT_WIDTH } from './docx-kit.js';

describe('docx kit', () => {
  it('writes dates the GB/T 9704 way: full year, no leading zeros', () => {
    expect(chineseDate('2010-06-30')).toBe('2010年6月30日');
    expect(chineseDate('2010-01-05')).toBe('2010年1月5日');
  });

  it('sets A4 with the standard margins (twips)', () => {
    expect(A4_PAGE.size).toEqual({ width: 11906, height: 16838 });
    expect(A4_PAGE.margin).toMatchObject({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    // The text block is 156 mm wide: page width minus both margins.
    expect(A4_PAGE.size.width - A4_PAGE.margin.left - A4_PAGE.margin.right).toBeCloseTo(TEXT_WIDTH, -1);
  });

  it('labels issues, supplements and unnumbered drafts', () => {
    expect(issueLabel({ isSupplement: false, number: 2 })).toBe('第2期');
    expect(issueLabel({ isSupplement: true, number: 1 })).toBe('增刊第1期');
    expect(issueLabel({ isSupplement: false, number: null })).toBe('第　期');
  });
});
