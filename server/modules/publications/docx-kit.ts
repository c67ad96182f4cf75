import {
  AlignmentType,
  BorderStyle,
  type IParagraphOptions,
  type IRunOptions,
  LineRuleType,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';

/**
 * Reusable pieces for Word exports that follow GB/T 9704-2012 and the 简报 convention:
 * the standard font names (named in the file so the user's Word shows them), the 号 sizes,
 * A4 page setup with the standard margins, Chinese dates, and a few paragraph builders.
 */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
} as const;

/** 字号 in half-points (docx `size`): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小初 36 pt … */
export const SIZES = { xiaoChu: 72, yiHao: 52, erHao: 44, sanHao: 32, siHao: 28 } as const;

export const RED = 'FF0000';

const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A4 with GB/T 9704 margins: 天头 37 mm, 订口 28 mm, text block 156 × 225 mm (so bottom 35, outer 26). */
export const A4_PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(28) },
} as const;

/** Width of the text block (156 mm) in twips, for right-aligned tab stops and rules. */
export const TEXT_WIDTH = mm(156);

/** Fixed 28.95 pt line spacing: 22 lines of 三号 text per page. */
export const BODY_LINE = { line: 579, lineRule: LineRuleType.EXACT } as const;

/** `2010年6月30日`: Arabic numerals, full year, no leading zeros. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A run in a named font: East Asian and Latin faces both set, so Word never falls back silently. */
export function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}) {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font }, size, ...extra });
}

/** A body paragraph: 三号仿宋, indented two characters, fixed line spacing. */
export function bodyParagraph(text: string, options: Partial<IParagraphOptions> = {}) {
  return new Paragraph({
    children: [run(text, FONTS.body, SIZES.sanHao)],
    indent: { firstLine: 2 * 320 },
    spacing: BODY_LINE,
    ...options,
  });
}

/** A centred title in 二号方正小标宋简体. */
export function titleParagraph(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 240, ...BODY_LINE, line: 720 },
    children: [run(text, FONTS.title, SIZES.erHao)],
  });
}

/** A paragraph whose bottom border is a rule of text-block width (red under a 报头, black in a 版记). */
export function ruleParagraph(color = '000000', size = 12) {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size, color, space: 1 } },
    spacing: { before: 0, after: 120 },
    children: [],
  });
}

/** Left text and right text on one line (编印单位 … date; 报送 … 共印N份). */
export function leftRightParagraph(
  left: TextRun[],
  right: TextRun[],
  options: Partial<IParagraphOptions> = {},
) {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 20 }],
    children: [...left, new TextRun({ text: '\t' }), ...right],
    ...options,
  });
}
