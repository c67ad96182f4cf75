import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { type Clients, ok, workStyleEnv } from '../problems/test-kit.js';

/**
 * The permission matrix of campaigns, research teams, visits, review meetings and commitments:
 * one `it` per endpoint × principal. Records sit on unit A1 (area A) of tenant T, so the unit
 * admins of A1 / A2 / B1 / X are "own unit / other unit same area / other area / other tenant".
 */
const env = workStyleEnv();
const c = env.c;
type Who = keyof Clients;

const PRINCIPALS: Record<Who, string> = {
  adminA1: 'unit admin, own unit',
  adminA2: 'unit admin, other unit in the same area',
  adminB1: 'unit admin, other area',
  otherAdminX: 'unit admin, other tenant',
  areaLeader: 'area leader',
  staff: 'committee staff',
  leader: 'committee leader',
  otherStaff: 'committee staff, other tenant',
  evaluator: 'evaluator',
  sysadmin: 'system admin',
  secadmin: 'security admin',
  auditor: 'audit admin',
};
const WHO = Object.keys(PRINCIPALS) as Who[];
const NO_BUSINESS: Who[] = ['evaluator', 'sysadmin', 'secadmin', 'auditor'];
const FOREIGN: Who[] = ['otherStaff', 'otherAdminX'];

/** Fixture records, created by staff before the matrix runs. */
const ids = {
  team: 0,
  review: 0,
  visit: { A1: 0, A2: 0, B1: 0 },
  commitment: { A1: 0, A2: 0, B1: 0 },
  privateCommitment: 0,
};
/** Units each principal may see records of (of tenant T's fixture units). */
let reach: Record<Who, number[]>;

const campaignBody = () => ({
  year: 2010,
  name: '作风建设年（第二期）',
  startOn: '2010-07-01',
  endOn: '2010-12-31',
  scopeUnitIds: [env.w.unitA1],
});
const teamBody = () => ({
  campaignId: env.campaignId,
  name: '第二调研组',
  leaderId: env.w.users.staff.id,
  formedOn: '2010-04-01',
});
const visitBody = (unitId: number) => ({
  campaignId: env.campaignId,
  visitKind: 'visit',
  targetType: 'organ_unit',
  unitId,
  visitedOn: '2010-05-10',
  peopleMet: '办公室主任',
});
const reviewBody = () => ({
  campaignId: env.campaignId,
  heldOn: '2010-07-01',
  title: '上半年作风建设点评会',
  chair: '工委书记',
  praisedUnitIds: [env.w.unitA1],
});
const commitmentBody = (unitId: number, isPublic = true, item = '办事不超过三个工作日') => ({
  campaignId: env.campaignId,
  unitId,
  medium: 'tv',
  committedOn: '2010-05-20',
  items: [item],
  isPublic,
});

beforeAll(async () => {
  const { w } = env;
  ids.team = ok(await c.staff.post('/api/work-style/teams', teamBody())).id;
  ids.review = ok(await c.staff.post('/api/work-style/reviews', reviewBody())).id;
  for (const [key, unit] of [
    ['A1', w.unitA1],
    ['A2', w.unitA2],
    ['B1', w.unitB1],
  ] as const) {
    ids.visit[key] = ok(await c.staff.post('/api/work-style/visits', visitBody(unit))).id;
    ids.commitment[key] = ok(await c.staff.post('/api/commitments', commitmentBody(unit))).id;
  }
  ids.privateCommitment = ok(
    await c.staff.post('/api/commitments', commitmentBody(w.unitA1, false, '内部承诺，不对外公开')),
  ).id;
  const all = [w.unitA1, w.unitA2, w.unitB1, env.windowUnit];
  reach = {
    staff: all,
    leader: all,
    areaLeader: [w.unitA1, w.unitA2, env.windowUnit],
    adminA1: [w.unitA1],
    adminA2: [w.unitA2],
    adminB1: [w.unitB1],
    otherStaff: [],
    otherAdminX: [],
    evaluator: [],
    sysadmin: [],
    secadmin: [],
    auditor: [],
  };
});

/** The current version of a record (read by staff), for the allowed edits. */
async function versionAt(url: string, pick?: (rows: { id: number; version: number }[]) => unknown) {
  const body = ok<unknown>(await c.staff.get(url));
  const row = pick ? pick(body as { id: number; version: number }[]) : body;
  return (row as { version: number }).version;
}

interface Cell {
  status: number;
  /** Further checks on a 200 answer. */
  check?: (body: unknown, who: Who) => void;
}
interface Endpoint {
  name: string;
  call: (client: Client, who: Who) => Promise<{ statusCode: number; json(): unknown; body: string }>;
  expected: (who: Who) => Cell;
}

/** Tenant-wide records (campaigns, teams, reviews): every business role of the tenant reads them. */
const tenantRead =
  (check?: Cell['check']) =>
  (who: Who): Cell =>
    NO_BUSINESS.includes(who)
      ? { status: 403 }
      : FOREIGN.includes(who)
        ? { status: 404 }
        : { status: 200, check };
/** Tenant-wide lists: the other tenant gets an empty list, never ours. */
const tenantList =
  (rowsOf: (body: unknown) => { id: number }[], ourId: () => number) =>
  (who: Who): Cell =>
    NO_BUSINESS.includes(who)
      ? { status: 403 }
      : {
          status: 200,
          check: (body) => {
            const listed = rowsOf(body).map((r) => r.id);
            if (FOREIGN.includes(who)) expect(listed).toEqual([]);
            else expect(listed).toContain(ourId());
          },
        };
/** A record on unit A1: readable by who reaches A1, 404 for who does not. */
const unitRecordRead = (who: Who): Cell =>
  NO_BUSINESS.includes(who)
    ? { status: 403 }
    : reach[who].includes(env.w.unitA1)
      ? { status: 200 }
      : { status: 404 };
/** Unit-scoped lists: exactly the fixture rows of the units within reach, nothing else. */
const unitList =
  (fixture: () => Record<'A1' | 'A2' | 'B1', number>) =>
  (who: Who): Cell =>
    NO_BUSINESS.includes(who)
      ? { status: 403 }
      : {
          status: 200,
          check: (body) => {
            const rows = (body as { items: { id: number; unitId: number | null }[] }).items;
            for (const r of rows) expect(reach[who]).toContain(r.unitId);
            const f = fixture();
            const units = { A1: env.w.unitA1, A2: env.w.unitA2, B1: env.w.unitB1 };
            const want = (Object.keys(f) as (keyof typeof f)[]).filter((k) => reach[who].includes(units[k]));
            const listed = rows.map((r) => r.id);
            for (const k of ['A1', 'A2', 'B1'] as const)
              expect(listed.includes(f[k]), `${k} listed for ${who}`).toBe(want.includes(k));
          },
        };
/** Writes: committee staff of the tenant only; the other tenant's staff cannot reach our records. */
const staffWrite =
  (foreignStatus: number) =>
  (who: Who): Cell =>
    who === 'staff' ? { status: 200 } : who === 'otherStaff' ? { status: foreignStatus } : { status: 403 };

const items = (body: unknown) => (body as { items: { id: number }[] }).items;
const array = (body: unknown) => body as { id: number }[];
const byId = (id: () => number) => (rows: { id: number; version: number }[]) =>
  rows.find((r) => r.id === id());

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/work-style/campaigns',
    call: (cl) => cl.get('/api/work-style/campaigns', { pageSize: 100 }),
    expected: tenantList(items, () => env.campaignId),
  },
  {
    name: 'GET /api/work-style/campaigns/:id',
    call: (cl) => cl.get(`/api/work-style/campaigns/${env.campaignId}`),
    expected: tenantRead(),
  },
  {
    name: 'POST /api/work-style/campaigns',
    call: (cl) => cl.post('/api/work-style/campaigns', campaignBody()),
    expected: staffWrite(400),
  },
  {
    name: 'PUT /api/work-style/campaigns/:id',
    call: async (cl, who) => {
      const url = `/api/work-style/campaigns/${env.campaignId}`;
      const version = who === 'staff' ? await versionAt(url) : 1;
      const current = ok<Record<string, unknown>>(await c.staff.get(url));
      return cl.put(url, {
        ...campaignBody(),
        name: current.name,
        startOn: '2010-03-01',
        phases: current.phases,
        version,
      });
    },
    expected: staffWrite(404),
  },
  {
    name: 'GET /api/work-style/teams',
    call: (cl) => cl.get('/api/work-style/teams'),
    expected: tenantList(array, () => ids.team),
  },
  {
    name: 'GET /api/work-style/team-candidates',
    call: (cl) => cl.get('/api/work-style/team-candidates'),
    expected: (who) => {
      const u = env.w.users;
      if (who === 'staff')
        return {
          status: 200,
          check: (body) => {
            const listed = array(body).map((p) => p.id);
            expect(listed).toEqual(expect.arrayContaining([u.staff.id, u.leader.id, u.areaLeader.id]));
            for (const other of [u.adminA1.id, u.evaluator.id, u.sysadmin.id, u.otherStaff.id])
              expect(listed).not.toContain(other);
          },
        };
      if (who === 'otherStaff')
        return {
          status: 200,
          check: (body) => expect(array(body).map((p) => p.id)).not.toContain(u.staff.id),
        };
      return { status: 403 };
    },
  },
  {
    name: 'POST /api/work-style/teams',
    call: (cl) => cl.post('/api/work-style/teams', teamBody()),
    expected: staffWrite(400),
  },
  {
    name: 'PUT /api/work-style/teams/:id',
    call: async (cl, who) => {
      const version =
        who === 'staff'
          ? await versionAt(
              '/api/work-style/teams',
              byId(() => ids.team),
            )
          : 1;
      return cl.put(`/api/work-style/teams/${ids.team}`, { ...teamBody(), version });
    },
    expected: staffWrite(404),
  },
  {
    name: 'GET /api/work-style/visits',
    call: (cl) => cl.get('/api/work-style/visits', { pageSize: 100 }),
    expected: unitList(() => ids.visit),
  },
  {
    name: 'GET /api/work-style/visits/:id',
    call: (cl) => cl.get(`/api/work-style/visits/${ids.visit.A1}`),
    expected: unitRecordRead,
  },
  {
    name: 'POST /api/work-style/visits',
    call: (cl) => cl.post('/api/work-style/visits', visitBody(env.w.unitA1)),
    expected: staffWrite(400),
  },
  {
    name: 'PUT /api/work-style/visits/:id',
    call: async (cl, who) => {
      const url = `/api/work-style/visits/${ids.visit.A1}`;
      const version = who === 'staff' ? await versionAt(url) : 1;
      return cl.put(url, { ...visitBody(env.w.unitA1), version });
    },
    expected: staffWrite(404),
  },
  {
    name: 'GET /api/work-style/reviews',
    call: (cl) => cl.get('/api/work-style/reviews'),
    expected: tenantList(array, () => ids.review),
  },
  {
    name: 'GET /api/work-style/reviews/:id',
    call: (cl) => cl.get(`/api/work-style/reviews/${ids.review}`),
    expected: tenantRead(),
  },
  {
    name: 'POST /api/work-style/reviews',
    call: (cl) => cl.post('/api/work-style/reviews', reviewBody()),
    expected: staffWrite(400),
  },
  {
    name: 'PUT /api/work-style/reviews/:id',
    call: async (cl, who) => {
      const url = `/api/work-style/reviews/${ids.review}`;
      const version = who === 'staff' ? await versionAt(url) : 1;
      return cl.put(url, { ...reviewBody(), version });
    },
    expected: staffWrite(404),
  },
  {
    name: 'GET /api/commitments',
    call: (cl) => cl.get('/api/commitments', { pageSize: 100 }),
    expected: unitList(() => ids.commitment),
  },
  {
    name: 'GET /api/commitments/:id',
    call: (cl) => cl.get(`/api/commitments/${ids.commitment.A1}`),
    expected: unitRecordRead,
  },
  {
    name: 'POST /api/commitments',
    call: (cl) => cl.post('/api/commitments', commitmentBody(env.w.unitA1)),
    expected: staffWrite(400),
  },
  {
    name: 'PUT /api/commitments/:id',
    call: async (cl, who) => {
      const url = `/api/commitments/${ids.commitment.A1}`;
      const version = who === 'staff' ? await versionAt(url) : 1;
      return cl.put(url, { ...commitmentBody(env.w.unitA1), version });
    },
    expected: staffWrite(404),
  },
  {
    name: 'POST /api/commitments/:id/checks',
    call: (cl) =>
      cl.post(`/api/commitments/${ids.commitment.A1}/checks`, {
        checkedOn: '2010-06-08',
        results: [{ kept: true }],
      }),
    expected: staffWrite(404),
  },
];

describe('work-style permission matrix', () => {
  for (const endpoint of endpoints)
    describe(endpoint.name, () => {
      for (const who of WHO)
        it(`${PRINCIPALS[who]} (${who})`, async () => {
          const cell = endpoint.expected(who);
          const res = await endpoint.call(c[who], who);
          expect(res.statusCode, res.body).toBe(cell.status);
          cell.check?.(res.json(), who);
        });
    });
});

describe('GET /api/public/commitments (no login)', () => {
  it('lists only commitments marked public, with only what was announced', async () => {
    const res = await env.t.app.inject({
      method: 'GET',
      url: `/api/public/commitments?tenant=${env.w.tenantId}`,
    });
    expect(res.statusCode).toBe(200);
    const rows = res.json() as Record<string, unknown>[];
    const items = rows.flatMap((r) => r.items as string[]);
    expect(items).toContain('办事不超过三个工作日');
    expect(items).not.toContain('内部承诺，不对外公开');
    for (const r of rows)
      expect(Object.keys(r).sort()).toEqual(['committedOn', 'items', 'medium', 'unitName']);
    const publicCount = await env.t.deps.db
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('isPublic', '=', 1)
      .where('tenantId', '=', env.w.tenantId)
      .executeTakeFirstOrThrow();
    expect(rows.length).toBe(Number(publicCount.n));
  });

  it("shows one committee's commitments: another committee's site (?tenant=) does not list them", async () => {
    const own = await env.t.app.inject({ url: `/api/public/commitments?tenant=${env.w.tenantId}` });
    expect(own.json().flatMap((r: { items: string[] }) => r.items)).toContain('办事不超过三个工作日');
    const other = await env.t.app.inject({ url: `/api/public/commitments?tenant=${env.w.otherTenantId}` });
    expect(other.statusCode).toBe(200);
    expect(other.json().flatMap((r: { items: string[] }) => r.items)).not.toContain('办事不超过三个工作日');
    const bad = await env.t.app.inject({ url: '/api/public/commitments?tenant=abc' });
    expect(bad.statusCode).toBe(400);
    expect(await env.t.app.inject({ url: '/api/public/commitments?tenant=999999' })).toMatchObject({
      statusCode: 404,
    });
  });
});
