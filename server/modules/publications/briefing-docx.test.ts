import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../common/publications.js';
import { briefingDocx } from './briefing-docx.js';

const body = Array.from(
  { length: 14 },
  (_, i) =>
    `第${i + 1}段。机关作风建设年活动开展以来，市直各单位认真查找问题，落实整改，群众满意度明显提升，办事效率不断提高。`,
).join('\n');

const briefing: Briefing = {
  id: 1,
  seriesId: 1,
  seriesName: '作风建设简报',
  isSupplement: false,
  year: 2010,
  number: 2,
  totalNumber: null,
  issuedOn: '2010-06-29',
  title: '四个调研组深入基层查找机关作风问题',
  status: 'published',
  isPublic: true,
  publishedAt: '2010-06-29T02:00:00.000Z',
  version: 1,
  editorUnit: '云州市“机关作风建设年”活动领导小组办公室',
  editorNote: '现将有关情况刊发，供参阅。',
  articles: [{ title: '四个调研组深入基层查找机关作风问题', body }],
  reportTo: '市委、市政府领导',
  sendTo: '市纪委、市委组织部',
  issueTo: '市直各单位党组织',
  copies: 120,
};

describe('简报 Word layout', () => {
  it('anchors the 报尾 to the foot of the last page and numbers the pages outside', async () => {
    const buffer = await briefingDocx(briefing);
    // Set BRIEFING_DOCX_OUT to look at the file (e.g. through LibreOffice).
    if (process.env.BRIEFING_DOCX_OUT) writeFileSync(process.env.BRIEFING_DOCX_OUT, buffer);
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const tblpPr = xml.match(/<w:tblpPr[^>]*>/)?.[0] ?? '';
    expect(tblpPr).toContain('w:vertAnchor="margin"');
    expect(tblpPr).toContain('w:tblpYSpec="bottom"');
    expect(tblpPr).toContain('w:horzAnchor="page"');
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    for (const text of ['报：', '送：', '发：', '共印120份']) expect(table).toContain(text);
    expect(xml.indexOf('<w:tbl>')).toBeGreaterThan(xml.indexOf('第14段'));
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('— ');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => f.match(/<w:jc w:val="(\w+)"\/>/)?.[1]).sort()).toEqual(['left', 'right']);
  });
});
