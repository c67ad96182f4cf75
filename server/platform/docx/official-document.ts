import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  type IParagraphOptions,
  type IRunOptions,
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
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { type BlockKind, chineseDate } from '../../../common/documents.js';
import { CHAR, FONT, LETTER_SPACING, LINE, MARGIN, PAGE, RED, SIZE, TEXT_BLOCK } from './layout.js';
import { numberHeadings } from './numbering.js';

export interface OfficialDocument {
  /** 发文机关标志, e.g. 中共云州市委市直机关工作委员会文件 (red, above the 发文字号). */
  letterhead?: string | null;
  /** 发文字号, e.g. 云直党工〔2010〕12号. */
  docNumber?: string | null;
  title: string;
  /** 主送机关 (without the trailing colon). */
  recipients?: string | null;
  blocks: { kind: BlockKind; text: string }[];
  /** 附件说明: the attachment names, in order. */
  attachments?: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** 版记: 抄送机关. */
  copyTo?: string | null;
  /** 版记: 印发机关 and 印发日期 (YYYY-MM-DD). */
  issuer?: string | null;
  issueDate?: string | null;
}

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...options });
const spacing = { line: LINE, lineRule: 'exact' as const, before: 0, after: 0 };
const indentFirst = { firstLine: 2 * CHAR };
const blank = () => new Paragraph({ spacing, children: [] });
const rule = (color: string, size: number, side: 'top' | 'bottom') => ({
  [side]: { style: BorderStyle.SINGLE, size, color, space: 1 },
});

const HEADING = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
};

function bodyParagraph(kind: BlockKind, text: string): Paragraph {
  const base: IParagraphOptions = { spacing, indent: indentFirst, alignment: AlignmentType.JUSTIFIED };
  if (kind === 'p') return new Paragraph({ ...base, children: [run(text)] });
  return new Paragraph({ ...base, heading: HEADING[kind], children: [run(text)] });
}

function attachmentParagraphs(names: string[]): Paragraph[] {
  if (!names.length) return [];
  const label = '附件：';
  if (names.length === 1)
    return [blank(), new Paragraph({ spacing, indent: indentFirst, children: [run(label + names[0])] })];
  // Later lines align under the first attachment name: a hanging indent of 附件： plus the number.
  return [
    blank(),
    ...names.map(
      (name, i) =>
        new Paragraph({
          spacing,
          indent: { left: 2 * CHAR + 3 * CHAR, hanging: i === 0 ? 3 * CHAR : 0 },
          children: [run(`${i === 0 ? label : ''}${i + 1}. ${name}`)],
        }),
    ),
  ];
}

/** Signature centred over the date; the date ends four characters from the right edge. */
function signatureParagraphs(signature: string, date: string): Paragraph[] {
  const dateText = chineseDate(date);
  const dateRight = 4 * CHAR;
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 0.5 : 1), 0);
  const sigRight = Math.max(
    2 * CHAR,
    dateRight + Math.round(((widthOf(dateText) - widthOf(signature)) / 2) * CHAR),
  );
  return [
    blank(),
    blank(),
    new Paragraph({
      spacing,
      alignment: AlignmentType.RIGHT,
      indent: { right: sigRight },
      children: [run(signature)],
    }),
    new Paragraph({
      spacing,
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      children: [run(dateText)],
    }),
  ];
}

const RULE_THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const RULE_THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * 版记: 抄送 and 印发机关/印发日期 between rules of text-block width, in 4号仿宋, at the foot of the
 * last page. It is a floating table anchored to the bottom of the text block (w:tblpPr
 * vertAnchor="margin" tblpYSpec="bottom"), so its last rule sits on the last line of the page
 * whatever the length of the body; the empty paragraph after it carries the anchor onto the page
 * where the body ends.
 */
function imprint(doc: OfficialDocument): (Table | Paragraph)[] {
  if (!doc.copyTo && !doc.issuer) return [];
  const small = { size: SIZE.note };
  const rows: TableRow[] = [];
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: TEXT_BLOCK.width, type: WidthType.DXA }, children });
  if (doc.copyTo)
    rows.push(
      new TableRow({
        children: [
          cell([
            new Paragraph({
              spacing,
              indent: { left: CHAR + 3 * SIZE.note * 10, right: CHAR, hanging: 3 * SIZE.note * 10 },
              children: [run(`抄送：${doc.copyTo.replace(/[。.]$/, '')}。`, small)],
            }),
          ]),
        ],
      }),
    );
  if (doc.issuer) {
    const issued = doc.issueDate ? `${chineseDate(doc.issueDate)}印发` : '';
    rows.push(
      new TableRow({
        children: [
          cell([
            new Paragraph({
              spacing,
              indent: { left: CHAR, right: CHAR },
              tabStops: [{ type: TabStopType.RIGHT, position: TEXT_BLOCK.width - 2 * CHAR }],
              children: [run(doc.issuer, small), run(`\t${issued}`, small)],
            }),
          ]),
        ],
      }),
    );
  }
  const table = new Table({
    rows,
    width: { size: TEXT_BLOCK.width, type: WidthType.DXA },
    columnWidths: [TEXT_BLOCK.width],
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    float: {
      // Placed from the page edge at the binding margin rather than centred in the text area:
      // LibreOffice (7.x) imports a floating table whose anchor is the text area and which is as
      // wide as it as an ordinary inline table; measured from the page it stays floating.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
    },
    // First and last rules thick, the rule between 抄送 and 印发 thin (GB/T 9704 7.4.1).
    borders: {
      top: RULE_THICK,
      bottom: RULE_THICK,
      insideHorizontal: RULE_THIN,
      left: NO_LINE,
      right: NO_LINE,
      insideVertical: NO_LINE,
    },
  });
  return [table, new Paragraph({ spacing, children: [] })];
}

function headParagraphs(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.letterhead)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 1000, lineRule: 'exact' },
        children: [run(doc.letterhead, { font: font(FONT.title), size: SIZE.letterhead, color: RED })],
      }),
      blank(),
    );
  if (doc.docNumber)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...spacing, after: 227 },
        // The red rule under the letterhead: a paragraph border spanning the text block.
        border: rule(RED, 12, 'bottom'),
        children: [run(doc.docNumber)],
      }),
    );
  out.push(
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(LINE * 1.2), lineRule: 'exact' },
      style: 'DocTitle',
      // A title that spans lines is broken by the caller with \n at a phrase boundary (梯形 shape).
      children: doc.title.split('\n').map((line, i) => run(line, { break: i > 0 ? 1 : undefined })),
    }),
    blank(),
  );
  if (doc.recipients)
    out.push(new Paragraph({ spacing, children: [run(`${doc.recipients.replace(/[：:]$/, '')}：`)] }));
  return out;
}

function pageFooter(side: 'odd' | 'even') {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZE.footer * 10 } : { left: SIZE.footer * 10 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONT.pageNumber),
            size: SIZE.footer,
          }),
        ],
      }),
    ],
  });
}

const headingStyle = (fontName: string, bold = false) => ({
  run: { font: font(fontName), size: SIZE.body, bold, color: '000000' },
  paragraph: { spacing, indent: indentFirst, keepNext: true },
});

/**
 * Builds a GB/T 9704-2012 official document (.docx): A4, 37/28 mm margins and a 156 × 225 mm text
 * block, 22 lines of 28 characters, 3号仿宋_GB2312 body, 2号方正小标宋简体 title, headings
 * 一、黑体 （一）楷体 1.仿宋加粗 （1）仿宋, page numbers `— 1 —` outside (odd right, even left).
 */
export async function buildOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: doc.issuer ?? doc.signature,
    title: doc.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: font(FONT.body),
            size: SIZE.body,
            characterSpacing: LETTER_SPACING,
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing },
        },
        heading1: headingStyle(FONT.h1),
        heading2: headingStyle(FONT.h2),
        heading3: headingStyle(FONT.body, true),
        heading4: headingStyle(FONT.body),
      },
      paragraphStyles: [
        {
          id: 'DocTitle',
          name: 'Document Title',
          basedOn: 'Normal',
          run: { font: font(FONT.title), size: SIZE.title },
          paragraph: { alignment: AlignmentType.CENTER },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          grid: { type: DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children: [
          ...headParagraphs(doc),
          ...numberHeadings(doc.blocks).map((b) => bodyParagraph(b.kind, b.text)),
          ...attachmentParagraphs(doc.attachments ?? []),
          ...signatureParagraphs(doc.signature, doc.date),
          ...imprint(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
