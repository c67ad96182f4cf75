import { AlignmentType, BorderStyle, Document, Packer, Paragraph } from 'docx';
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
 * red rule), 按语, title, articles in 三号仿宋, and the 报尾 after a rule (报/送/发, 共印N份).
 */
export async function briefingDocx(b: Briefing): Promise<Buffer> {
  const number = issueLabel(b) + (b.totalNumber ? `（${t.totalNumber(b.totalNumber)}）` : '');
  const date = b.issuedOn ? chineseDate(b.issuedOn) : '';
  const children: Paragraph[] = [
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
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body }, size: SIZES.sanHao },
        },
      },
    },
    sections: [{ properties: { page: A4_PAGE }, children }],
  });
  return Packer.toBuffer(doc);
}

/** 报尾: a rule, then 报：/送：/发： lines, the last with 共印N份 on the right, and a closing rule. */
function footer(b: Briefing): Paragraph[] {
  const lines = [
    [t.docx.reportTo, b.reportTo],
    [t.docx.sendTo, b.sendTo],
    [t.docx.issueTo, b.issueTo],
  ].filter((l): l is [string, string] => !!l[1]);
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 };
  const out: Paragraph[] = [
    new Paragraph({ spacing: { before: 480 }, border: { bottom: thin }, children: [] }),
  ];
  const copies = run(t.docx.copies(b.copies), FONTS.body, SIZES.siHao);
  if (!lines.length) out.push(leftRightParagraph([], [copies], { border: { bottom: thin } }));
  for (const [i, [label, value]] of lines.entries()) {
    const left = [run(label, FONTS.hei, SIZES.siHao), run(value, FONTS.body, SIZES.siHao)];
    out.push(
      i === lines.length - 1
        ? leftRightParagraph(left, [copies], { border: { bottom: thin } })
        : new Paragraph({ children: left }),
    );
  }
  return out;
}
