import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { inspectXlsx, maskPhone, readSheetRows, safeCell } from './index.js';
import { loadXlsx, xlsxOf, zipOf } from './test-kit.js';

describe('safeCell', () => {
  it('prefixes an apostrophe to text Excel would run as a formula', () => {
    for (const text of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx', '\0x'])
      expect(safeCell(text)).toBe(`'${text}`);
  });
  it('leaves other values alone', () => {
    expect(safeCell('市财政局')).toBe('市财政局');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(12)).toBe(12);
    expect(safeCell(null)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('keeps the area code (or first 4 digits) and the last 3 digits', () => {
    expect(maskPhone('0871-6512567')).toBe('0871-****567');
    expect(maskPhone('13812345678')).toBe('1381****678');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('12345')).toBe('****');
  });
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('not refused');
};

describe('inspectXlsx', () => {
  it('accepts a real workbook and reports its size', async () => {
    const summary = inspectXlsx(await xlsxOf({ 单位: [['a'], ['b']] }));
    expect(summary.entries).toBeGreaterThan(3);
    expect(summary.uncompressedBytes).toBeGreaterThan(0);
  });
  it('refuses non-zip bytes, zips without a workbook, too many entries, too much content and zip bombs', () => {
    expect(refusal(() => inspectXlsx(Buffer.from('PK but not really a zip file at all')))).toContain('Excel');
    expect(
      refusal(() => inspectXlsx(zipOf([{ name: 'word/document.xml', data: Buffer.from('x') }]))),
    ).toContain('不是有效');
    const wb = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') };
    const many = zipOf([
      wb,
      ...Array.from({ length: 30 }, (_, i) => ({ name: `e${i}`, data: Buffer.from('x') })),
    ]);
    expect(
      refusal(() => inspectXlsx(many, { maxEntries: 20, maxUncompressedBytes: 1e9, maxRatio: 200 })),
    ).toContain('条目过多');
    const big = zipOf([wb, { name: 'xl/s.xml', data: Buffer.from('y'.repeat(5000)) }]);
    expect(
      refusal(() => inspectXlsx(big, { maxEntries: 10, maxUncompressedBytes: 1000, maxRatio: 1e9 })),
    ).toContain('过大');
    const bomb = zipOf([wb, { name: 'xl/s.xml', data: Buffer.alloc(4 * 1024 * 1024) }]);
    expect(refusal(() => inspectXlsx(bomb))).toContain('压缩比');
  });
});

describe('readSheetRows', () => {
  it('returns texts, dates as YYYY-MM-DD, skips empty rows and reports formula cells', async () => {
    const wb = await loadXlsx(
      await xlsxOf({
        s: [
          ['代码', '日期', '数'],
          ['A1', new Date(Date.UTC(2009, 5, 30)), 12],
          [],
          [' B2 ', null, { formula: '1+1', result: 2 }],
          ["'=SUM(A1)", null, null],
        ],
      }),
    );
    const { headers, rows } = readSheetRows(wb.getWorksheet('s')!);
    expect(headers).toEqual(['代码', '日期', '数']);
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(rows[0].values).toEqual(['A1', '2009-06-30', '12']);
    expect(rows[1]).toMatchObject({ values: ['B2', null, '2'], formulaColumns: [2] });
    // What safeCell neutralised on export comes back as it was.
    expect(rows[2].values[0]).toBe('=SUM(A1)');
  });
});
