import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { closeTestApp } from './test-kit.js';

/**
 * Every learning and publications endpoint: malformed input answers 400 naming a field (never 500),
 * and roles without the action get 403 (audit and system admins never reach business data).
 */
let t: TestApp;
let w: World;
let staff: Client;
const denied: Client[] = [];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  for (const u of [w.users.evaluator, w.users.sysadmin, w.users.secadmin, w.users.auditor])
    denied.push(await login(t.app, u.username));
});
afterAll(() => closeTestApp(t));

type Call = [method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown];

const BAD: Call[] = [
  ['GET', '/api/learning/books?page=0'],
  ['POST', '/api/learning/books', { title: 'x'.repeat(101) }],
  ['PUT', '/api/learning/books/x', { title: '书', version: 1 }],
  ['DELETE', '/api/learning/books/-1'],
  ['GET', '/api/learning/reading-lists/abc'],
  ['PUT', '/api/learning/reading-lists/2010', { version: -1, title: '' }],
  ['GET', '/api/learning/study-days?year=1900'],
  ['GET', '/api/learning/study-days/0'],
  ['POST', '/api/learning/study-days', { heldOn: '2010-03-32', theme: '学习日' }],
  ['PUT', '/api/learning/study-days/1', { heldOn: '2010-03-01', theme: '学习日' }],
  ['PUT', '/api/learning/study-days/1/attendance', { version: 1, signIns: [] }],
  ['DELETE', '/api/learning/study-days/abc'],
  ['GET', '/api/learning/activities?from=2010-1-1'],
  ['GET', '/api/learning/activities/coverage?from=2010-01-01&to=x'],
  ['GET', '/api/learning/activities/abc'],
  ['POST', '/api/learning/activities', { unitId: 'x' }],
  ['PUT', '/api/learning/activities/1', { unitId: 1, type: 'reading_corner' }],
  ['DELETE', '/api/learning/activities/1.5'],
  ['GET', '/api/learning/materials?status=gone'],
  ['GET', '/api/learning/materials/abc'],
  ['POST', '/api/learning/materials', { year: 2010, title: '材料' }],
  ['PUT', '/api/learning/materials/1', { year: 2010, title: '材料', contents: '内容' }],
  ['POST', '/api/learning/materials/1/publish', {}],
  ['DELETE', '/api/learning/materials/x'],
  ['POST', '/api/publications/series', { name: '简报', editorUnit: '', totalBase: -1 }],
  ['PUT', '/api/publications/series/1', { name: '简报', editorUnit: '办' }],
  ['DELETE', '/api/publications/series/abc'],
  ['GET', '/api/publications/briefings?sort=title'],
  ['GET', '/api/publications/briefings/abc'],
  ['GET', '/api/publications/briefings/abc/docx'],
  ['POST', '/api/publications/briefings', { seriesId: 1, title: '标题', articles: [], copies: 1 }],
  [
    'PUT',
    '/api/publications/briefings/1',
    { seriesId: 1, title: '标题', articles: [{ title: 'a', body: 'b' }], copies: 1 },
  ],
  ['DELETE', '/api/publications/briefings/abc'],
  ['POST', '/api/publications/briefings/1/submit', { version: 0 }],
  ['POST', '/api/publications/briefings/1/return', {}],
  ['POST', '/api/publications/briefings/1/publish', { version: 1, issuedOn: '2010/01/01' }],
  ['PUT', '/api/publications/briefings/1/public', { version: 1 }],
  ['GET', '/api/publications/news?status=x'],
  ['GET', '/api/publications/news/abc'],
  ['POST', '/api/publications/news', { title: '新闻', bodyHtml: '正文', coverFileId: 'x' }],
  ['PUT', '/api/publications/news/1', { title: '新闻', bodyHtml: '正文' }],
  ['POST', '/api/publications/news/1/publish', {}],
  ['POST', '/api/publications/news/1/unpublish', { version: 'x' }],
  ['DELETE', '/api/publications/news/abc'],
  ['GET', '/api/public/news?tenant=abc'],
  ['GET', '/api/public/news/abc'],
  ['GET', '/api/public/news/abc/cover'],
  ['GET', '/api/public/briefings?page=-1'],
  ['GET', '/api/public/briefings/abc'],
  ['GET', '/api/public/site?tenant=0'],
];

describe('every endpoint', () => {
  it('answers malformed input with 400 naming a field, in Chinese', async () => {
    for (const [method, url, body] of BAD) {
      const res = await staff.request({ method, url, payload: body as object | undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      const json = res.json();
      expect(json.fields?.length, `${method} ${url}`).toBeGreaterThan(0);
      expect(json.message, `${method} ${url}`).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('names generic fields by what they are in this module (schema titles)', async () => {
    const cases: [string, string, object, string][] = [
      ['POST', '/api/learning/books', { title: '' }, '书名'],
      ['POST', '/api/learning/study-days', { heldOn: '2010-03-26', theme: '' }, '学习日主题'],
      [
        'POST',
        '/api/learning/activities',
        { unitId: 1, type: 'x', heldOn: '2010-03-01', title: 'a', participants: 1 },
        '活动形式',
      ],
      ['POST', '/api/learning/materials', { year: 2010, title: '辅导', contents: '' }, '辅导材料内容'],
      ['POST', '/api/publications/series', { name: '', editorUnit: '办' }, '简报系列名称'],
      [
        'POST',
        '/api/publications/briefings',
        { seriesId: 1, title: '', articles: [{ title: 'a', body: 'b' }], copies: 1 },
        '简报标题',
      ],
      [
        'POST',
        '/api/publications/briefings',
        { seriesId: 1, title: 'a', articles: [{ title: 'a', body: '' }], copies: 1 },
        '文章正文',
      ],
      ['POST', '/api/publications/news', { title: '', bodyHtml: '<p>正文</p>' }, '新闻标题'],
      ['POST', '/api/publications/news', { title: '新闻', bodyHtml: '' }, '新闻正文'],
    ];
    for (const [method, url, body, label] of cases) {
      const res = await staff.request({ method, url, payload: body });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields[0].message, `${url} ${label}`).toContain(label);
    }
  });

  it('refuses the evaluator and the three admins on every non-public endpoint', async () => {
    // Well-formed requests (validation runs before the permission check, so bodies must be valid).
    const v = { version: 1 };
    const article = { title: '标题', body: '正文' };
    const calls: Call[] = [
      ['GET', '/api/learning/books'],
      ['POST', '/api/learning/books', { title: '书' }],
      ['PUT', '/api/learning/books/1', { title: '书', ...v }],
      ['DELETE', '/api/learning/books/1'],
      ['GET', '/api/learning/reading-lists'],
      ['GET', '/api/learning/reading-lists/2010'],
      ['PUT', '/api/learning/reading-lists/2010', { version: 0, title: '书目' }],
      ['GET', '/api/learning/study-days'],
      ['GET', '/api/learning/study-days/1'],
      ['POST', '/api/learning/study-days', { heldOn: '2010-03-01', theme: '学习日' }],
      ['PUT', '/api/learning/study-days/1', { heldOn: '2010-03-01', theme: '学习日', ...v }],
      ['PUT', '/api/learning/study-days/1/attendance', { ...v, signIns: [{ unitId: 1, status: 'present' }] }],
      ['DELETE', '/api/learning/study-days/1'],
      ['GET', '/api/learning/activities'],
      ['GET', '/api/learning/activities/coverage?from=2010-01-01&to=2010-06-30'],
      ['GET', '/api/learning/activities/1'],
      [
        'POST',
        '/api/learning/activities',
        { unitId: 1, type: 'reading_corner', heldOn: '2010-03-01', title: 't', participants: 1 },
      ],
      [
        'PUT',
        '/api/learning/activities/1',
        { unitId: 1, type: 'reading_corner', heldOn: '2010-03-01', title: 't', participants: 1, ...v },
      ],
      ['DELETE', '/api/learning/activities/1'],
      ['GET', '/api/learning/materials'],
      ['GET', '/api/learning/materials/1'],
      ['POST', '/api/learning/materials', { year: 2010, title: '材料', contents: '内容' }],
      ['PUT', '/api/learning/materials/1', { year: 2010, title: '材料', contents: '内容', ...v }],
      ['POST', '/api/learning/materials/1/publish', v],
      ['DELETE', '/api/learning/materials/1'],
      ['GET', '/api/publications/series'],
      ['POST', '/api/publications/series', { name: '简报', editorUnit: '办' }],
      ['PUT', '/api/publications/series/1', { name: '简报', editorUnit: '办', ...v }],
      ['DELETE', '/api/publications/series/1'],
      ['GET', '/api/publications/briefings'],
      ['GET', '/api/publications/briefings/1'],
      ['GET', '/api/publications/briefings/1/docx'],
      ['POST', '/api/publications/briefings', { seriesId: 1, title: '标题', articles: [article], copies: 1 }],
      [
        'PUT',
        '/api/publications/briefings/1',
        { seriesId: 1, title: '标题', articles: [article], copies: 1, ...v },
      ],
      ['DELETE', '/api/publications/briefings/1'],
      ['POST', '/api/publications/briefings/1/submit', v],
      ['POST', '/api/publications/briefings/1/return', v],
      ['POST', '/api/publications/briefings/1/publish', v],
      ['PUT', '/api/publications/briefings/1/public', { ...v, isPublic: true }],
      ['GET', '/api/publications/news'],
      ['GET', '/api/publications/news/1'],
      ['POST', '/api/publications/news', { title: '新闻', bodyHtml: '正文' }],
      ['PUT', '/api/publications/news/1', { title: '新闻', bodyHtml: '正文', ...v }],
      ['POST', '/api/publications/news/1/publish', v],
      ['POST', '/api/publications/news/1/unpublish', v],
      ['DELETE', '/api/publications/news/1'],
    ];
    for (const client of denied)
      for (const [method, url, body] of calls) {
        const res = await client.request({ method, url, payload: body as object | undefined });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
  });
});
