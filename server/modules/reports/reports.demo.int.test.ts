import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTokens, type Summary } from '../../../common/reports.js';
import type { DemoAccount } from '../../demo/foundation.js';
import { loadDemo } from '../../demo/index.js';
import { login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

/**
 * The 2010 scenario of domain.md, replayed: the half-year figures are counted from the demo's
 * records (the values below are the source document's, asserted here and nowhere in the code).
 */
let t: TestApp;
let accounts: DemoAccount[];
const H1 = { from: '2010-01-01', to: '2010-06-30' };

beforeAll(async () => {
  t = await createTestApp();
  accounts = await loadDemo(t.deps, { quiet: true });
}, 120_000);
afterAll(() => t.close());

const staff = () =>
  login(
    t.app,
    accounts.find((a) => a.role === 'committee_staff')!.username,
    accounts.find((a) => a.role === 'committee_staff')!.password,
  );

describe('the 2010 first-half figures', () => {
  it('counts every figure of the source document from the records, each with exactly the records it counted', async () => {
    const c = await staff();
    const res = await c.get('/api/reports/figures', H1);
    expect(res.statusCode).toBe(200);
    const figures = new Map<string, { value: number; sources: unknown[]; items: string[] }>(
      res.json().figures.map((f: { key: string }) => [f.key, f]),
    );
    const expected: Record<string, number> = {
      'inspections.planUnits': 63,
      'inspections.groupsInspected': 16,
      'learning.studyDays': 2,
      'learning.booksGiven': 3,
      'workStyle.researchTeams': 4,
      'workStyle.unitsVisited': 35,
      'workStyle.windowUnitsVisited': 35,
      'problems.found': 42,
      'problems.departments': 23,
      'commitments.tvUnits': 12,
      'publications.campaignBriefings': 2,
    };
    for (const [key, value] of Object.entries(expected)) {
      const f = figures.get(key);
      expect(f?.value, key).toBe(value);
      expect(f?.sources.length, key).toBe(value);
    }
    expect(
      figures
        .get('learning.booksGiven')
        ?.items.map((b) => b.replace(/[《》]/g, ''))
        .sort(),
    ).toEqual(['一口气读懂心理学', '提高领导干部心理调适能力', '一个重大的时代课题'].sort());
  });

  it('drafts the summary in the genre of the source, every figure a linked token', async () => {
    const c = await staff();
    const created = await c.post('/api/reports/summaries', H1);
    expect(created.statusCode).toBe(200);
    const summary: Summary = (await c.get(`/api/reports/summaries/${created.json().id}`)).json();
    const values = new Map(summary.figures.map((f) => [f.key, f.value]));
    const text = summary.blocks.map((b) => renderTokens(b.text, values)).join('\n');
    expect(summary.title).toContain('2010年度上半年工作总结');
    expect(text).toContain('对16个党组（党委）中心组理论学习情况进行了巡听');
    expect(text).toContain('共查找机关作风问题42条，涉及23个部门');
    expect(text).toContain('暗访了35个窗口单位');
    expect(text).toContain('组成4个调研组');
    expect(text).toContain('印发简报2期');
    expect(text).toContain('安排了12个单位在电视台进行作风公开承诺');
    expect(text).toContain('上半年共举办2期党务干部学习日活动');
    expect(summary.blocks.some((b) => b.text.includes('{{problems.found}}'))).toBe(true);
    expect(summary.blocks.map((b) => b.text).join('')).not.toMatch(/(?<!\{)\b42条/);

    const docx = await c.get(`/api/reports/summaries/${summary.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('工作总结.docx'));
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    // The 2号 title is broken before 工作总结 (see shapeTitle).
    expect(xml).toContain('云州市直机关党工委2010年度上半年');
    expect(xml).toMatch(/<w:br\/><w:t[^>]*>工作总结<\/w:t>/);
    expect(xml).toContain('对16个党组（党委）中心组理论学习情况进行了巡听');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(`${xml}${styles}`).toContain('仿宋_GB2312');
    expect(`${xml}${styles}`).toContain('方正小标宋简体');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('changes a figure when a record moves out of the period, and the recount says so', async () => {
    const c = await staff();
    const { id } = (await c.post('/api/reports/summaries', H1)).json();
    const problem = await t.deps.db
      .selectFrom('problems')
      .select(['id'])
      .where('foundOn', '>=', H1.from)
      .where('foundOn', '<=', H1.to)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('problems')
      .set({ foundOn: '2010-07-15' })
      .where('id', '=', problem.id)
      .execute();
    const recount = (await c.get(`/api/reports/summaries/${id}/recount`)).json();
    const change = recount.changes.find((x: { key: string }) => x.key === 'problems.found');
    expect(change).toMatchObject({ before: 42, after: 41 });
    const second = await c.get('/api/reports/figures/problems.found', {
      from: '2010-07-01',
      to: '2010-12-31',
    });
    expect(second.json().sources.map((s: { id: number }) => s.id)).toContain(problem.id);
  });
});
