import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fieldLabel } from '../../../common/locale/index.js';
import { clock } from '../../platform/clock.js';
import { auditCount, buildUnit, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

/** Shared setup of the work-style integration tests: a campaign, a window unit, an 暗访 on it. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

export async function uploadPng(c: Client, name = 'evidence.png') {
  const boundary = '----wstest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await c.request({
    method: 'POST',
    url: '/api/files',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  if (res.statusCode !== 200) throw new Error(`upload failed ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

export function ok<T = { id: number }>(res: { statusCode: number; body: string; json(): unknown }): T {
  if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

export async function createCampaign(staff: Client, w: World, name = '2010年机关作风建设年') {
  return ok(
    await staff.post('/api/work-style/campaigns', {
      year: 2010,
      name,
      startOn: '2010-03-01',
      endOn: '2010-12-31',
      phases: [
        { key: 'mobilise', startOn: '2010-03-01', endOn: '2010-04-30' },
        { key: 'research', startOn: '2010-05-01', endOn: '2010-06-30' },
      ],
      documents: [{ title: '关于开展机关作风建设年活动的实施意见', docNumber: '云直工发〔2010〕12号' }],
      scopeUnitIds: [w.unitA1, w.unitA2, w.unitB1],
    }),
  ).id;
}

export async function createProblem(
  staff: Client,
  unitId: number,
  extra: Record<string, unknown> = {},
): Promise<{ id: number; code: string }> {
  return ok(
    await staff.post('/api/problems', {
      sourceType: 'manual',
      unitId,
      categoryName: '办事效率',
      severity: 'general',
      description: '窗口办件超时，群众反映排队时间长',
      foundOn: '2010-06-10',
      ...extra,
    }),
  );
}

export async function versionOf(c: Client, id: number) {
  return ok<{ version: number; status: string }>(await c.get(`/api/problems/${id}`)).version;
}

/** Every principal of the permission matrix, signed in; `relogin` replaces them in place. */
export type Clients = Record<keyof World['users'], Client>;

/**
 * The setup shared by the work-style integration files: a fresh app and world, a window unit in
 * area A, a campaign, and every principal signed in, with the clock frozen on 2010-06-10 (10:00
 * in 云州). Call once at the top of a test file; read the fields inside tests.
 */
export function workStyleEnv() {
  const env = {
    t: undefined as unknown as TestApp,
    w: undefined as unknown as World,
    c: {} as Clients,
    windowUnit: 0,
    campaignId: 0,
    /**
     * Signs principals in again (after moving the clock past the session timeout); name only the
     * ones a test uses, as logins are rate-limited per address.
     */
    async relogin(...keys: (keyof Clients)[]) {
      const all = Object.keys(env.w.users) as (keyof Clients)[];
      for (const key of keys.length ? keys : all)
        env.c[key] = await login(env.t.app, env.w.users[key].username);
    },
    /** Runs a change and asserts it wrote exactly one audit row, of the given action. */
    async audited<T>(action: string, run: () => Promise<T>) {
      const before = await auditCount(env.t.deps.db, action);
      const all = await auditCount(env.t.deps.db);
      const result = await run();
      expect(await auditCount(env.t.deps.db, action)).toBe(before + 1);
      expect(await auditCount(env.t.deps.db)).toBe(all + 1);
      return result;
    },
  };
  beforeAll(async () => {
    env.t = await createTestApp();
    env.w = await buildWorld(env.t.deps.db);
    env.windowUnit = await buildUnit(env.t.deps.db, env.w.tenantId, { areaId: env.w.areaA, isWindow: true });
    clock.freeze(FROZEN);
    await env.relogin();
    env.campaignId = await createCampaign(env.c.staff, env.w);
  });
  afterEach(() => clock.freeze(FROZEN));
  afterAll(async () => {
    clock.reset();
    await env.t?.close();
  });
  return env;
}
const FROZEN = '2010-06-10T02:00:00Z';

/** Feeds problems back to their units (reply by the end of June). */
export async function feedBack(staff: Client, ...problems: { id: number }[]) {
  ok(
    await staff.post('/api/problems/feedback', {
      items: problems.map((p) => ({ id: p.id, version: 1 })),
      replyBy: '2010-06-30',
    }),
  );
}

/**
 * One row of a bad-input table: a request that must answer 400 naming `field` (and its Chinese
 * label in the message), never 500. `:id` in the path is replaced by `id()`.
 */
export interface BadInput {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  why: string;
  field: string;
  /** The label the message must carry; defaults to the shared label of the field name. */
  label?: string;
  as?: keyof Clients;
  id?: () => number;
  query?: Record<string, string>;
  body?: () => unknown;
}

/** Generates one `it` per row of the table. */
export function badInputTests(env: ReturnType<typeof workStyleEnv>, rows: BadInput[]) {
  for (const row of rows) {
    const label = row.label ?? fieldLabel(row.field);
    it(`${row.method} ${row.path}: ${row.why} → 400「${label}」`, async () => {
      const url = row.path.replace(':id', String(row.id?.() ?? 1));
      const res = await env.c[row.as ?? 'staff'].request({
        method: row.method,
        url,
        query: row.query,
        payload: row.body?.() as Record<string, unknown> | undefined,
      });
      expect(res.statusCode, res.body).toBe(400);
      const body = res.json() as { message: string; fields: { field: string }[] };
      expect(body.fields.map((f) => f.field)).toContain(row.field);
      expect(body.message).toContain(`「${label}」`);
    });
  }
}
