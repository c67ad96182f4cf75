import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MARGIN, PAGE, TEXT_BLOCK } from './layout.js';
import { numberHeadings } from './numbering.js';
import { buildOfficialDocument, type OfficialDocument } from './official-document.js';

const sample: OfficialDocument = {
  letterhead: '中共云州市委市直机关工作委员会文件',
  docNumber: '云直党工〔2010〕3号',
  title: '关于推进学习型党组织建设的实施意见',
  recipients: '市直机关各党组织',
  blocks: [
    { kind: 'p', text: '为深入贯彻落实党的十七届四中全会精神，现提出如下实施意见。' },
    { kind: 'h1', text: '总体要求' },
    { kind: 'h2', text: '指导思想' },
    { kind: 'h3', text: '1. 坚持理论联系实际' },
    { kind: 'h4', text: '以中心组学习为重点' },
    { kind: 'h1', text: '二、主要任务' },
  ],
  attachments: ['市直机关学习型党组织建设考评细则', '荐读书目'],
  signature: '中共云州市委市直机关工作委员会',
  date: '2010-03-05',
  copyTo: '市委组织部，市委宣传部',
  issuer: '中共云州市委市直机关工作委员会办公室',
  issueDate: '2010-03-06',
};

async function parts(doc: OfficialDocument = sample) {
  const zip = await JSZip.loadAsync(await buildOfficialDocument(doc));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .map(read),
  );
  return {
    document: await read('word/document.xml'),
    settings: await read('word/settings.xml'),
    styles: await read('word/styles.xml'),
    footers,
  };
}

describe('GB/T 9704 official document', () => {
  it('sets A4 with 37 mm top and 28 mm binding margins and a 156 × 225 mm text block', async () => {
    const { document, styles } = await parts();
    expect(document).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect(MARGIN.top).toBe(2098);
    expect(MARGIN.left).toBe(1587);
    expect(PAGE.width - MARGIN.left - MARGIN.right).toBe(8844); // 156 mm
    expect(PAGE.height - MARGIN.top - MARGIN.bottom).toBe(12756); // 225 mm
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1475" w:bottom="1984" w:left="1587"/);
    // 22 lines of 28.9 pt on a line grid
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="580"\/>/);
    // 28 characters a line: 3号 characters set 0.25 pt closer (see layout.ts).
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:spacing w:val="-5"\/>/);
  });

  it('names the standard fonts in eastAsia attributes: 仿宋_GB2312 3号 body, 方正小标宋简体 2号 title', async () => {
    const { styles, document } = await parts();
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(styles).toMatch(
      /w:styleId="DocTitle"[\s\S]*?w:eastAsia="方正小标宋简体"[\s\S]*?<w:sz w:val="44"\/>/,
    );
    expect(document).toMatch(/<w:pStyle w:val="DocTitle"\/>[\s\S]*?<w:jc w:val="center"\/>/);
    expect(document).toContain('w:line="580" w:lineRule="exact"');
    expect(document).toContain('<w:ind w:firstLine="640"/>');
  });

  it('styles the four heading levels 一、黑体 （一）楷体 1.仿宋加粗 （1）仿宋 and numbers them', async () => {
    const { styles, document } = await parts();
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?w:eastAsia="楷体_GB2312"/);
    expect(styles).toMatch(/w:styleId="Heading3"[\s\S]*?w:eastAsia="仿宋_GB2312"[\s\S]*?<w:b\/>/);
    expect(styles).toMatch(/w:styleId="Heading4"[\s\S]*?w:eastAsia="仿宋_GB2312"/);
    for (const text of [
      '一、总体要求',
      '（一）指导思想',
      '1.坚持理论联系实际',
      '（1）以中心组学习为重点',
      '二、主要任务',
    ])
      expect(document).toContain(`>${text}<`);
  });

  it('writes 发文字号 with a red rule, 主送 ending in a full-width colon, 附件 and the date without leading zeros', async () => {
    const { document } = await parts();
    expect(document).toMatch(
      /<w:bottom w:val="single" w:color="C00000"[^>]*\/>[\s\S]*?>云直党工〔2010〕3号</,
    );
    expect(document).toContain('>市直机关各党组织：<');
    expect(document).toContain('>附件：1. 市直机关学习型党组织建设考评细则<');
    expect(document).toContain('>2. 荐读书目<');
    expect(document).toMatch(/<w:ind w:right="1280"\/>[\s\S]*?>2010年3月5日</);
    expect(document).toContain('>抄送：市委组织部，市委宣传部。<');
    expect(document).toContain('2010年3月6日印发');
  });

  it('sets 版记 at the foot of the last page: a floating table of text-block width anchored to the bottom margin', async () => {
    const { document } = await parts();
    const body = document.slice(document.indexOf('<w:body>'), document.indexOf('<w:sectPr'));
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>') + 8);
    // The only table is the 版记, after the date, and only an empty anchor paragraph follows it.
    expect(body.match(/<w:tbl>/g)).toHaveLength(1);
    expect(body.indexOf('<w:tbl>')).toBeGreaterThan(body.indexOf('>2010年3月5日<'));
    expect(body.slice(body.indexOf('</w:tbl>') + 8)).not.toContain('<w:t');
    const position = table.match(/<w:tblpPr [^>]*\/>/)?.[0] ?? '';
    expect(position).toContain('w:vertAnchor="margin"');
    expect(position).toContain('w:tblpYSpec="bottom"');
    expect(position).toContain('w:horzAnchor="page"');
    expect(position).toContain(`w:tblpX="${MARGIN.left}"`);
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_BLOCK.width}"/>`);
    // Thick first and last rules, a thin one between 抄送 and 印发, no vertical lines.
    expect(table).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
    expect(table).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"\/>/);
    expect(table).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="4"\/>/);
    expect(table).toMatch(/<w:left w:val="none"/);
    expect(table).toMatch(/<w:insideV w:val="none"/);
    expect(table.indexOf('抄送：')).toBeLessThan(table.indexOf('2010年3月6日印发'));
    expect(table.match(/<w:tr>/g)).toHaveLength(2);
    expect(table).toContain('<w:sz w:val="28"/>');
  });

  it('draws 版记 with one row when there is no 抄送', async () => {
    const { document } = await parts({ ...sample, copyTo: null });
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(table.match(/<w:tr>/g)).toHaveLength(1);
    expect(table).not.toContain('抄送');
    expect(table).toContain('中共云州市委市直机关工作委员会办公室');
  });

  it('puts page numbers — 1 — in 4号宋体, odd pages right and even pages left', async () => {
    const { settings, footers, document } = await parts();
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="even"/);
    expect(footers).toHaveLength(2);
    const odd = footers.find((f) => f.includes('<w:jc w:val="right"/>'));
    const even = footers.find((f) => f.includes('<w:jc w:val="left"/>'));
    for (const footer of [odd, even]) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain('— ');
    }
  });

  it('leaves out what is not given: no 发文字号, no 主送, no 版记', async () => {
    const { document } = await parts({
      title: '通知',
      blocks: [{ kind: 'p', text: '正文' }],
      signature: '工委',
      date: '2010-12-01',
    });
    expect(document).not.toContain('C00000');
    expect(document).not.toContain('抄送');
    expect(document).not.toContain('<w:tbl>');
    expect(document).toContain('>2010年12月1日<');
  });
});

describe('heading numbering', () => {
  it('restarts each level under its parent and replaces typed prefixes', () => {
    const out = numberHeadings([
      { kind: 'h1', text: '一、甲' },
      { kind: 'h2', text: '乙' },
      { kind: 'h2', text: '（三）丙' },
      { kind: 'h1', text: '丁' },
      { kind: 'h2', text: '戊' },
      { kind: 'p', text: '1. 正文不编号' },
    ]);
    expect(out.map((b) => b.text)).toEqual([
      '一、甲',
      '（一）乙',
      '（二）丙',
      '二、丁',
      '（一）戊',
      '1. 正文不编号',
    ]);
  });
});
