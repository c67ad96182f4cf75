import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { closeTestApp } from '../learning/test-kit.js';
import '../campaigns/tables.js';
import { briefingsIssued } from './figures-queries.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let adminA1: Client;
let areaLeader: Client;
let evaluator: Client;
let otherStaff: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, leader, adminA1, areaLeader, evaluator, otherStaff] = await Promise.all(
    [
      w.users.staff,
      w.users.leader,
      w.users.adminA1,
      w.users.areaLeader,
      w.users.evaluator,
      w.users.otherStaff,
    ].map((u) => login(t.app, u.username)),
  );
});
afterAll(() => closeTestApp(t));

async function newSeries(name: string, extra: Record<string, unknown> = {}) {
  const res = await staff.post('/api/publications/series', {
    name,
    editorUnit: '市直机关党工委办公室',
    ...extra,
  });
  expect(res.statusCode).toBe(200);
  return res.json().id as number;
}

const draft = (seriesId: number, extra: Record<string, unknown> = {}) => ({
  seriesId,
  title: '市直机关扎实开展作风建设年活动',
  editorNote: '现将有关情况刊发，供参阅。',
  articles: [{ title: '市直机关扎实开展作风建设年活动', body: '第一段。\n第二段。' }],
  reportTo: '市委、市政府领导',
  sendTo: '市纪委',
  issueTo: '市直各单位党组织',
  copies: 120,
  ...extra,
});

async function newDraft(seriesId: number, extra: Record<string, unknown> = {}) {
  const res = await staff.post('/api/publications/briefings', draft(seriesId, extra));
  expect(res.statusCode).toBe(200);
  return res.json().id as number;
}

async function toReview(id: number) {
  const res = await staff.post(`/api/publications/briefings/${id}/submit`, { version: 1 });
  expect(res.statusCode).toBe(200);
}

describe('briefing workflow', () => {
  it('goes draft → review → published, numbered at publication; one audit row per step', async () => {
    const series = await newSeries('作风建设简报');
    const id = await newDraft(series);
    expect((await staff.post(`/api/publications/briefings/${id}/publish`, { version: 1 })).statusCode).toBe(
      409,
    );
    const audits = async () =>
      (await auditCount(t.deps.db, 'publications.briefing.submit')) +
      (await auditCount(t.deps.db, 'publications.briefing.publish'));
    const before = await audits();
    await toReview(id);
    expect((await adminA1.post(`/api/publications/briefings/${id}/publish`, { version: 2 })).statusCode).toBe(
      403,
    );
    expect(
      (await staff.put(`/api/publications/briefings/${id}`, { ...draft(series), version: 2 })).statusCode,
    ).toBe(409);
    const published = await leader.post(`/api/publications/briefings/${id}/publish`, {
      version: 2,
      issuedOn: '2010-06-10',
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().number).toBe(1);
    expect(await audits()).toBe(before + 2);
    const got = (await adminA1.get(`/api/publications/briefings/${id}`)).json();
    expect(got).toMatchObject({ status: 'published', year: 2010, number: 1, issuedOn: '2010-06-10' });
    expect((await staff.del(`/api/publications/briefings/${id}`)).statusCode).toBe(409);
  });

  it('hides drafts from units and area leaders, and everything from other committees', async () => {
    const series = await newSeries('机关党讯');
    const id = await newDraft(series);
    expect((await adminA1.get(`/api/publications/briefings/${id}`)).statusCode).toBe(404);
    const listed = (await areaLeader.get('/api/publications/briefings', { pageSize: 200 })).json().items;
    expect(listed.every((b: { status: string }) => b.status === 'published')).toBe(true);
    expect((await otherStaff.get('/api/publications/briefings')).json().total).toBe(0);
    expect((await otherStaff.get(`/api/publications/briefings/${id}`)).statusCode).toBe(404);
    expect((await evaluator.get('/api/publications/briefings')).statusCode).toBe(403);
    expect((await adminA1.post('/api/publications/briefings', draft(series))).statusCode).toBe(403);
  });

  it('refuses bad input naming the field', async () => {
    const series = await newSeries('简报甲');
    const cases: [Record<string, unknown>, string][] = [
      [draft(series, { articles: [] }), 'articles'],
      [draft(series, { copies: 0 }), 'copies'],
      [draft(series, { title: '' }), 'title'],
      [draft(series, { issuedOn: '2010-02-30x' }), 'issuedOn'],
      [draft(series, { articles: [{ title: '无正文', body: '' }] }), 'articles.0.body'],
      [draft(999999), 'seriesId'],
    ];
    for (const [body, field] of cases) {
      const res = await staff.post('/api/publications/briefings', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().fields[0].field).toBe(field);
    }
    const dup = await staff.post('/api/publications/series', { name: '简报甲', editorUnit: '办公室' });
    expect(dup.json().fields[0].field).toBe('name');
    expect((await staff.post('/api/publications/series', { name: '', editorUnit: '' })).statusCode).toBe(400);
    expect((await staff.get('/api/publications/briefings', { status: 'x' })).statusCode).toBe(400);
    expect((await staff.post('/api/publications/briefings/1/publish', {})).statusCode).toBe(400);
    expect((await staff.del(`/api/publications/series/${series}`)).statusCode).toBe(200);
  });
});

describe('series of a campaign', () => {
  async function campaign(tenantId: number, name: string) {
    const at = new Date().toISOString();
    const row = await t.deps.db
      .insertInto('wsCampaigns')
      .values({
        tenantId,
        year: 2010,
        name,
        startOn: '2010-03-01',
        endOn: '2010-12-31',
        phases: '[]',
        documents: '[]',
        scopeUnitIds: '[]',
        remarks: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('links a series to a campaign of the same committee, shows and clears it, one audit row each', async () => {
    const own = await campaign(w.tenantId, '机关作风建设年');
    const foreign = await campaign(w.otherTenantId, '外市作风建设年');
    const before = await auditCount(t.deps.db, 'publications.series.create');
    const id = await newSeries('作风建设专刊', { campaignId: own });
    expect(await auditCount(t.deps.db, 'publications.series.create')).toBe(before + 1);
    const listed = (await staff.get('/api/publications/series')).json() as Array<Record<string, unknown>>;
    expect(listed.find((s) => s.id === id)).toMatchObject({
      campaignId: own,
      campaignName: '机关作风建设年',
    });

    const refused = await staff.post('/api/publications/series', {
      name: '外市简报',
      editorUnit: '办公室',
      campaignId: foreign,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].field).toBe('campaignId');
    expect(refused.body).toContain('所选活动不存在');
    const bad = await staff.post('/api/publications/series', {
      name: '坏',
      editorUnit: '办',
      campaignId: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('campaignId');
    expect(bad.body).toContain('所属活动');

    const put = (body: Record<string, unknown>) =>
      staff.put(`/api/publications/series/${id}`, { name: '作风建设专刊', editorUnit: '办公室', ...body });
    expect((await put({ campaignId: foreign, version: 1 })).statusCode).toBe(400);
    expect(
      (await adminA1.put(`/api/publications/series/${id}`, { name: 'x', editorUnit: 'y', version: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await put({ campaignId: null, version: 1 })).statusCode).toBe(200);
    expect((await put({ campaignId: own, version: 1 })).statusCode).toBe(409);
    const after = (await staff.get('/api/publications/series')).json() as Array<Record<string, unknown>>;
    expect(after.find((s) => s.id === id)).toMatchObject({
      campaignId: null,
      campaignName: null,
      version: 2,
    });
  });
});

describe('issue numbering', () => {
  it('gives 20 parallel publications 20 distinct consecutive numbers', async () => {
    const series = await newSeries('并发简报');
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await newDraft(series, { title: `第${i}篇` }));
    for (const id of ids) await toReview(id);
    const results = await Promise.all(
      ids.map((id) =>
        staff.post(`/api/publications/briefings/${id}/publish`, { version: 2, issuedOn: '2010-05-01' }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
    const numbers = results.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const stored = await t.deps.db
      .selectFrom('briefings')
      .select('number')
      .where('seriesId', '=', series)
      .execute();
    expect(new Set(stored.map((s) => s.number)).size).toBe(20);
  });

  it('numbers supplements apart, restarts each year, and keeps a running total', async () => {
    const series = await newSeries('总期号简报', { hasRunningTotal: true, totalBase: 40 });
    const publish = async (issuedOn: string, isSupplement = false) => {
      const id = await newDraft(series, { isSupplement });
      await toReview(id);
      return (await staff.post(`/api/publications/briefings/${id}/publish`, { version: 2, issuedOn })).json()
        .id;
    };
    const a = await publish('2010-03-01');
    const s = await publish('2010-03-02', true);
    const b = await publish('2010-04-01');
    const c = await publish('2011-01-05');
    const get = async (id: number) => (await staff.get(`/api/publications/briefings/${id}`)).json();
    expect(await get(a)).toMatchObject({ number: 1, totalNumber: 41, isSupplement: false });
    expect(await get(s)).toMatchObject({ number: 1, totalNumber: null, isSupplement: true });
    expect(await get(b)).toMatchObject({ number: 2, totalNumber: 42 });
    expect(await get(c)).toMatchObject({ year: 2011, number: 1, totalNumber: 43 });
    const figures = await briefingsIssued(t.deps.db, w.tenantId, '2010-01-01', '2010-12-31');
    const mine = figures.series.find((x) => x.seriesId === series);
    expect(mine).toMatchObject({ count: 2, supplements: 1 });
    expect(mine?.ids.sort()).toEqual([a, s, b].sort());
  });
});

describe('Word export', () => {
  it('follows the 简报 convention: 报头, fonts named, A4 with GB/T 9704 margins, 报尾', async () => {
    const series = await newSeries('导出简报');
    const id = await newDraft(series, { title: '学习贯彻重要讲话精神' });
    await toReview(id);
    await staff.post(`/api/publications/briefings/${id}/publish`, { version: 2, issuedOn: '2010-06-30' });
    const res = await adminA1.get(`/api/publications/briefings/${id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toBeTruthy();
    for (const text of [
      '导出简报',
      '第1期',
      '学习贯彻重要讲话精神',
      '2010年6月30日',
      '报：',
      '共印120份',
      '按语：',
    ])
      expect(xml).toContain(text);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(xml).toContain(font);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="2098"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1587"/);
    expect(xml).toMatch(/<w:color w:val="FF0000"/);
    // 报尾 at the foot of the last page: a floating table anchored to the bottom of the text block,
    // ruled above and below, placed after the body.
    const tblpPr = xml!.match(/<w:tblpPr[^>]*>/)?.[0] ?? '';
    expect(tblpPr).toContain('w:vertAnchor="margin"');
    expect(tblpPr).toContain('w:tblpYSpec="bottom"');
    const table = xml!.slice(xml!.indexOf('<w:tbl>'), xml!.indexOf('</w:tbl>'));
    expect(table).toContain('报：');
    expect(table).toContain('共印120份');
    expect(table).toMatch(/<w:top w:val="single"/);
    expect(table).toMatch(/<w:bottom w:val="single"/);
    expect(xml!.indexOf('<w:tbl>')).toBeGreaterThan(xml!.indexOf('第二段。'));
    // 页码 — N —, 4号宋体, outside: odd footer right, even footer left.
    expect(xml).toMatch(/<w:footerReference w:type="default"/);
    expect(xml).toMatch(/<w:footerReference w:type="even"/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(f).toContain('— ');
      expect(f).toContain('宋体');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => f.match(/<w:jc w:val="(\w+)"/)?.[1]).sort()).toEqual(['left', 'right']);
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('evenAndOddHeaders');
    expect((await otherStaff.get(`/api/publications/briefings/${id}/docx`)).statusCode).toBe(404);
  });
});
