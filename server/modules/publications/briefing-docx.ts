import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  OverlapType,
  Packer,
  PageNumber,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { zh } from '../../../common/locale/index.js';
import type { Briefing } from '../../../common/publications.js';
import {
  A4_PAGE,
  BODY_LINE,
  bodyParagraph,
  chineseDate,
  FONTS,
  leftRightParagraph,
  RED,
  run,
  SIZES,
  TEXT_WIDTH,
  titleParagraph,
} from './docx-kit.js';

const t = zh.publications;

export function issueLabel(b: Pick<Briefing, 'isSupplement' | 'number'>): string {
  if (b.number === null) return b.isSupplement ? '增刊第　期' : '第　期';
  return b.isSupplement ? t.supplementNumber(b.number) : t.issueNumber(b.number);
}

/** Splits an article body into paragraphs (one per non-empty line). */
function paragraphsOf(body: string) {
  return body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The 简报 as a Word document: 报头 (series name large and red, 第N期, 编印单位 left and date right,
 * red rule), 按语, title, articles in 三号仿宋, and the 报尾 (报/送/发, 共印N份 between rules) at the
 * foot of the last page; pages numbered `— N —` in 4号宋体, odd pages right and even pages left.
 */
export async function briefingDocx(b: Briefing): Promise<Buffer> {
  const number = issueLabel(b) + (b.totalNumber ? `（${t.totalNumber(b.totalNumber)}）` : '');
  const date = b.issuedOn ? chineseDate(b.issuedOn) : '';
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 120 },
      children: [run(b.seriesName, FONTS.title, SIZES.xiaoChu, { color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        run(number, FONTS.body, SIZES.sanHao),
        ...(b.status === 'published' ? [] : [run(t.docx.draftMark, FONTS.body, SIZES.sanHao)]),
      ],
    }),
    // 四号 so that a long 编印单位 and the date share one line of the 156 mm text block.
    leftRightParagraph([run(b.editorUnit, FONTS.body, SIZES.siHao)], [run(date, FONTS.body, SIZES.siHao)], {
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      spacing: { after: 240 },
    }),
  ];
  if (b.editorNote)
    children.push(
      new Paragraph({
        indent: { firstLine: 640 },
        spacing: BODY_LINE,
        children: [
          run(t.docx.editorNote, FONTS.hei, SIZES.sanHao),
          run(b.editorNote, FONTS.kai, SIZES.sanHao),
        ],
      }),
    );
  children.push(titleParagraph(b.title));
  for (const [i, article] of b.articles.entries()) {
    if (b.articles.length > 1 || article.title !== b.title)
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: i === 0 ? 0 : 240, ...BODY_LINE },
          children: [run(article.title, FONTS.hei, SIZES.sanHao)],
        }),
      );
    for (const p of paragraphsOf(article.body)) children.push(bodyParagraph(p));
  }
  children.push(...footer(b));
  const doc = new Document({
    creator: b.editorUnit,
    title: `${b.seriesName} ${number}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body }, size: SIZES.sanHao },
        },
      },
    },
    sections: [
      {
        properties: { page: A4_PAGE },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** 页码 `— N —`, 4号半角宋体, one character in from the outside edge (odd right, even left). */
function pageFooter(side: 'odd' | 'even') {
  const font = FONTS.song;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZES.siHao * 10 } : { left: SIZES.siHao * 10 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: font, eastAsia: font, hAnsi: font, cs: font },
            size: SIZES.siHao,
          }),
        ],
      }),
    ],
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * 报尾: 报：/送：/发： lines (the last with 共印N份 on the right) between two rules of text-block
 * width, as a floating table anchored to the bottom of the text block (w:tblpPr vertAnchor="margin"
 * tblpYSpec="bottom") so that it sits at the foot of the page where the body ends, however long the
 * body. Placed from the page edge (not the margin) so LibreOffice keeps it floating; the empty
 * paragraph after it carries the anchor.
 */
function footer(b: Briefing): (Table | Paragraph)[] {
  const lines = [
    [t.docx.reportTo, b.reportTo],
    [t.docx.sendTo, b.sendTo],
    [t.docx.issueTo, b.issueTo],
  ].filter((l): l is [string, string] => !!l[1]);
  const copies = run(t.docx.copies(b.copies), FONTS.body, SIZES.siHao);
  const spacing = { before: 60, after: 60 };
  const paragraphs = lines.map(([label, value], i) => {
    const left = [run(label, FONTS.hei, SIZES.siHao), run(value, FONTS.body, SIZES.siHao)];
    return i === lines.length - 1
      ? leftRightParagraph(left, [copies], { spacing })
      : new Paragraph({ spacing, children: left });
  });
  if (!paragraphs.length) paragraphs.push(leftRightParagraph([], [copies], { spacing }));
  const table = new Table({
    rows: [
      new TableRow({
        children: [new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: paragraphs })],
      }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: A4_PAGE.margin.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
    },
    borders: {
      top: RULE,
      bottom: RULE,
      left: NO_LINE,
      right: NO_LINE,
      insideHorizontal: NO_LINE,
      insideVertical: NO_LINE,
    },
  });
  return [table, new Paragraph({ children: [] })];
}
