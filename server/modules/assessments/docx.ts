import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { zh } from '../../../common/locale/index.js';

/**
 * A small GB/T 9704-2012 document for award lists (no shared builder is on main yet): A4, top 37 mm,
 * binding side 28 mm, bottom 35 mm, outer 26 mm; title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312
 * at a fixed 28.95 pt line (22 lines a page), indented two characters; `一、` headings 黑体;
 * page numbers `— 1 —` in 4号 宋体.
 */
const mm = (v: number) => Math.round(v * 56.693);
const FANGSONG = '仿宋_GB2312';
const LINE = { line: 579, lineRule: LineRuleType.EXACT };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const run = (text: string, font = FANGSONG, size = 32) =>
  new TextRun({ text, font: { name: font, eastAsia: font }, size });

export interface AwardDoc {
  title: string;
  intro: string;
  categories: { category: string; units: string[] }[];
  signer: string;
  date: string;
}

export async function buildAwardDocx(doc: AwardDoc): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 579 },
      children: [run(doc.title, '方正小标宋简体', 44)],
    }),
    new Paragraph({ indent: { firstLine: 640 }, spacing: LINE, children: [run(doc.intro)] }),
  ];
  doc.categories.forEach((c, i) => {
    body.push(
      new Paragraph({
        indent: { firstLine: 640 },
        spacing: LINE,
        children: [
          run(zh.assessments.award.categoryHeading(NUMERALS[i] ?? String(i + 1), c.category), '黑体'),
        ],
      }),
    );
    const names = c.units.length ? c.units : [zh.assessments.award.empty];
    for (const name of names)
      body.push(new Paragraph({ indent: { firstLine: 640 }, spacing: LINE, children: [run(name)] }));
  });
  body.push(
    new Paragraph({ spacing: LINE, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 1280 },
      spacing: LINE,
      children: [run(doc.signer)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 1280 },
      spacing: LINE,
      children: [run(doc.date)],
    }),
  );
  const document = new Document({
    styles: { default: { document: { run: { font: FANGSONG, size: 32 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(28) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: '宋体', size: 28 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** 2010年6月30日 — full year, no leading zeros (GB/T 9704 成文日期). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
