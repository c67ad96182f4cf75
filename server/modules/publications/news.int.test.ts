import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { closeTestApp, uploadFile } from '../learning/test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let adminA1: Client;
let otherStaff: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, leader, adminA1, otherStaff] = await Promise.all(
    [w.users.staff, w.users.leader, w.users.adminA1, w.users.otherStaff].map((u) => login(t.app, u.username)),
  );
});
afterAll(() => closeTestApp(t));

const anonymous = (url: string, query?: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, query });

const DIRTY =
  '<p>学习<strong>讲话</strong></p><script>alert("x")</script><img src=x onerror="alert(1)">' +
  '<a href="javascript:alert(2)">点我</a><p style="color:red" onclick="alert(3)">段落</p>';

async function publishedBriefing(isPublic: boolean, title: string) {
  const series = await staff.post('/api/publications/series', { name: `简报${title}`, editorUnit: '党工委' });
  const created = await staff.post('/api/publications/briefings', {
    seriesId: series.json().id,
    title,
    articles: [{ title, body: '正文' }],
    copies: 50,
    isPublic,
  });
  const id = created.json().id;
  await staff.post(`/api/publications/briefings/${id}/submit`, { version: 1 });
  await staff.post(`/api/publications/briefings/${id}/publish`, { version: 2 });
  return id as number;
}

describe('news', () => {
  it('keeps pictures of the editor (file store only) and serves them to visitors through the published post', async () => {
    const pic = await uploadFile(staff, 'pic.png');
    const other = await uploadFile(staff, 'other.png');
    const res = await staff.post('/api/publications/news', {
      title: '图文新闻',
      bodyHtml: `<h3>小标题</h3><p><b>加粗</b></p><ul><li>一</li></ul><img src="/api/files/${pic}"><img src="https://evil.example/x.png">`,
    });
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    const stored = (await staff.get(`/api/publications/news/${id}`)).json();
    expect(stored.bodyHtml).toContain(`<img src="/api/files/${pic}" />`);
    expect(stored.bodyHtml).toContain('<h3>小标题</h3>');
    expect(stored.bodyHtml).not.toContain('evil');
    const q = { tenant: String(w.tenantId) };
    expect((await anonymous(`/api/public/news/${id}/images/${pic}`, q)).statusCode).toBe(404);
    expect((await leader.post(`/api/publications/news/${id}/publish`, { version: 1 })).statusCode).toBe(200);
    const pub = (await anonymous(`/api/public/news/${id}`, q)).json();
    expect(pub.bodyHtml).toContain(`src="/api/public/news/${id}/images/${pic}"`);
    const img = await anonymous(`/api/public/news/${id}/images/${pic}`, q);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    // A file the post does not show is not served through it.
    expect((await anonymous(`/api/public/news/${id}/images/${other}`, q)).statusCode).toBe(404);
    expect((await anonymous(`/api/public/news/${id}/images/abc`, q)).statusCode).toBe(400);
  });

  it('sanitises the body server-side and shows only published posts to units', async () => {
    const cover = await uploadFile(staff, 'cover.png');
    const before = await auditCount(t.deps.db, 'publications.news.create');
    const res = await staff.post('/api/publications/news', {
      title: '学习讲话',
      bodyHtml: DIRTY,
      coverFileId: cover,
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'publications.news.create')).toBe(before + 1);
    const id = res.json().id;
    const stored = (await staff.get(`/api/publications/news/${id}`)).json();
    expect(stored.bodyHtml).not.toMatch(/script|onerror|onclick|javascript:|style=|<img/i);
    expect(stored.bodyHtml).toContain('<strong>讲话</strong>');
    expect((await adminA1.get(`/api/publications/news/${id}`)).statusCode).toBe(404);
    expect((await anonymous(`/api/public/news/${id}`)).statusCode).toBe(404);
    expect((await anonymous(`/api/public/news/${id}/cover`)).statusCode).toBe(404);
    expect((await adminA1.post(`/api/publications/news/${id}/publish`, { version: 1 })).statusCode).toBe(403);
    expect((await leader.post(`/api/publications/news/${id}/publish`, { version: 1 })).statusCode).toBe(200);
    expect((await adminA1.get(`/api/publications/news/${id}`)).statusCode).toBe(200);
    const pub = await anonymous(`/api/public/news/${id}`, { tenant: String(w.tenantId) });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().bodyHtml).not.toMatch(/script|onerror|javascript:/i);
    const img = await anonymous(`/api/public/news/${id}/cover`, { tenant: String(w.tenantId) });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(
      (await staff.put(`/api/publications/news/${id}`, { title: 'x', bodyHtml: 'x', version: 2 })).statusCode,
    ).toBe(409);
  });

  it('links a post to an activity of the same committee only, and refuses bad input', async () => {
    const briefing = await publishedBriefing(false, '关联简报');
    const linked = await staff.post('/api/publications/news', {
      title: '简报印发',
      bodyHtml: '正文',
      linkType: 'briefing',
      linkId: briefing,
    });
    expect(linked.statusCode).toBe(200);
    expect((await staff.get(`/api/publications/news/${linked.json().id}`)).json().linkTitle).toBe('关联简报');
    const missing = await staff.post('/api/publications/news', {
      title: 'x',
      bodyHtml: 'x',
      linkType: 'studyDay',
      linkId: 999999,
    });
    expect(missing.json().fields[0].field).toBe('linkId');
    const half = await staff.post('/api/publications/news', {
      title: 'x',
      bodyHtml: 'x',
      linkType: 'studyDay',
    });
    expect(half.statusCode).toBe(400);
    expect(half.json().fields[0].field).toBe('linkId');
    expect((await staff.post('/api/publications/news', { title: '', bodyHtml: '' })).statusCode).toBe(400);
    const pdf = await uploadFile(staff, 'notes.txt', Buffer.from('plain notes, not an image'));
    const notImage = await staff.post('/api/publications/news', {
      title: 'x',
      bodyHtml: 'x',
      coverFileId: pdf,
    });
    expect(notImage.json().fields[0].field).toBe('coverFileId');
    expect((await adminA1.post('/api/publications/news', { title: 'x', bodyHtml: 'x' })).statusCode).toBe(
      403,
    );
    expect((await otherStaff.get('/api/publications/news')).json().total).toBe(0);
  });
});

describe('public site', () => {
  it('lists only published news and briefings marked public, without signing in', async () => {
    const open = await publishedBriefing(true, '公开的简报');
    const closed = await publishedBriefing(false, '内部简报');
    const draftNews = await staff.post('/api/publications/news', { title: '未发布新闻', bodyHtml: '草稿' });
    expect(draftNews.statusCode).toBe(200);
    const tenant = String(w.tenantId);
    const briefings = (await anonymous('/api/public/briefings', { tenant })).json();
    const ids = briefings.items.map((b: { id: number }) => b.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(closed);
    expect((await anonymous(`/api/public/briefings/${open}`, { tenant })).json().articles[0].body).toBe(
      '正文',
    );
    expect((await anonymous(`/api/public/briefings/${closed}`, { tenant })).statusCode).toBe(404);
    const news = (await anonymous('/api/public/news', { tenant })).json();
    expect(news.items.map((n: { title: string }) => n.title)).not.toContain('未发布新闻');
    expect((await anonymous('/api/public/news', { tenant: String(w.otherTenantId) })).json().total).toBe(0);

    // Hiding a published briefing takes it off the site.
    const current = (await staff.get(`/api/publications/briefings/${open}`)).json();
    expect(
      (
        await staff.put(`/api/publications/briefings/${open}/public`, {
          version: current.version,
          isPublic: false,
        })
      ).statusCode,
    ).toBe(200);
    expect((await anonymous(`/api/public/briefings/${open}`, { tenant })).statusCode).toBe(404);
  });

  it('validates public queries', async () => {
    expect((await anonymous('/api/public/news', { page: '0' })).statusCode).toBe(400);
    expect((await anonymous('/api/public/news', { pageSize: '500' })).statusCode).toBe(400);
    expect((await anonymous('/api/public/briefings/abc')).statusCode).toBe(400);
    expect((await anonymous('/api/public/news', { tenant: '999999' })).statusCode).toBe(404);
    expect((await anonymous('/api/public/site')).json().committee).toBeTruthy();
  });
});
