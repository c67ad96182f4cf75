import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type Client, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { documentBody, taskBody } from './test-helpers.js';

let t: TestApp;
let staff: Client;
let unit: Client;

beforeAll(async () => {
  t = await createTestApp();
  const w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  unit = await login(t.app, w.users.adminA1.username);
});
afterAll(() => t.close());

/** Every route of documents, tasks and mechanisms answers a malformed id or query with 400 naming the field. */
describe('bad params on every endpoint', () => {
  it('rejects a non-numeric id with 400 naming 编号, never 500', async () => {
    const gets = [
      '/api/documents/x',
      '/api/documents/x/receipts',
      '/api/documents/x/docx',
      '/api/tasks/x',
      '/api/tasks/x/matrix',
      '/api/task-slots/x',
      '/api/mechanisms/x',
      '/api/mechanisms/x/matrix',
      '/api/mechanisms/x/adoptions',
    ];
    for (const url of gets) {
      const res = await staff.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields[0].field, url).toBe('id');
    }
    const posts: [Client, string][] = [
      [staff, '/api/documents/x/issue'],
      [unit, '/api/documents/x/read'],
      [staff, '/api/tasks/x/dispatch'],
      [unit, '/api/task-slots/x/report'],
      [staff, '/api/task-slots/x/review'],
      [unit, '/api/task-slots/x/extension'],
      [staff, '/api/task-slots/x/extension/decision'],
      [staff, '/api/task-slots/x/remind'],
      [unit, '/api/mechanisms/x/adoptions'],
      [staff, '/api/mechanism-adoptions/x/review'],
    ];
    for (const [client, url] of posts) {
      const res = await client.post(url, {});
      expect(res.statusCode, url).toBe(400);
      expect(res.json().message, url).toMatch(/「/);
    }
  });

  it('rejects unknown filter values on every list', async () => {
    const lists: [string, Record<string, string>, string][] = [
      ['/api/documents', { kind: 'memo' }, 'kind'],
      ['/api/documents', { year: '10' }, 'year'],
      ['/api/tasks', { sort: 'x' }, 'sort'],
      ['/api/task-slots', { status: 'done' }, 'status'],
      ['/api/tasks/matrix', { year: 'x' }, 'year'],
      ['/api/mechanisms', { pageSize: '1000' }, 'pageSize'],
      ['/api/mechanisms/1/adoptions', { reviewStatus: 'ok' }, 'reviewStatus'],
    ];
    for (const [url, query, field] of lists) {
      const res = await staff.get(url, query);
      expect(res.statusCode, url).toBe(400);
      expect(
        res.json().fields.map((f: { field: string }) => f.field),
        url,
      ).toContain(field);
    }
  });
});

/** Field names shared with other modules (kind, title, content, name …) are named by their schema title. */
describe('field labels from the schema titles', () => {
  const cases: [string, string, 'staff' | 'unit', unknown, string, string][] = [
    ['a bad 文种', '/api/documents', 'staff', documentBody({ kind: 'memo' }), 'kind', '文种'],
    ['an empty document title', '/api/documents', 'staff', documentBody({ title: '' }), 'title', '文件标题'],
    [
      'a bad paragraph type',
      '/api/documents',
      'staff',
      documentBody({ blocks: [{ kind: 'h9', text: '段落' }] }),
      'blocks.0.kind',
      '段落类型',
    ],
    ['an empty task name', '/api/tasks', 'staff', taskBody({ title: '' }), 'title', '任务名称'],
    [
      'an empty mechanism name',
      '/api/mechanisms',
      'staff',
      { name: '', elements: [{ groupName: '目标', name: '创建学习型机关' }] },
      'name',
      '机制名称',
    ],
    [
      'a bad element name',
      '/api/mechanisms',
      'staff',
      { name: '“168”工作机制', elements: [{ groupName: '目标', name: '' }] },
      'elements.0.name',
      '要素名称',
    ],
  ];
  it.each(cases)('answers %s with a message naming the field', async (_, url, who, body, field, label) => {
    const client = who === 'unit' ? unit : staff;
    const res = await client.post(url, body);
    expect(res.statusCode).toBe(400);
    const entry = res.json().fields.find((f: { field: string }) => f.field === field);
    expect(entry, res.body).toBeDefined();
    expect(entry.message).toContain(`「${label}」`);
    expect(res.json().message).toContain(`「${label}」`);
  });
});
