import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type Client, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

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
