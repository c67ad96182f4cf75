import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/index.js';
import { type Client, login } from '../../test/factories.js';
import { DIALECTS, FULL, recordFigure } from '../kit.js';
import { fillUrl, type MatrixApp, startMatrixApp } from './kit.js';
import { ROUTE_TABLE } from './table.js';

/**
 * Record reach (issue 9): the full 2010 demo (one committee, every module's records) next to the
 * permission world of buildWorld (a second committee T with units A1, A2, B1 and a third with X,
 * none of which has module records). Every list, search, statistic and export of every module is
 * called as a demo unit admin (no row of another unit), and as T's staff, T's unit admin and the
 * third committee's staff (no row of the demo committee). Every `/:id` detail route is walked for
 * ids 1..N as the same principals: never a 200 with a foreign record.
 */
const WALK = Number(process.env.MATRIX_WALK_IDS || (FULL ? 400 : 40));

type Json = unknown;
/** Every value of the given keys anywhere in a JSON document. */
function valuesOf(doc: Json, keys: string[], out: number[] = []): number[] {
  if (Array.isArray(doc)) for (const v of doc) valuesOf(v, keys, out);
  else if (doc && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) {
      if (keys.includes(k) && typeof v === 'number') out.push(v);
      else valuesOf(v, keys, out);
    }
  return out;
}
const bodyOf = (res: LightMyRequestResponse): Json => {
  if (!String(res.headers['content-type'] ?? '').includes('json')) return null;
  return res.json();
};

describe.each(DIALECTS)('record reach: lists and id walks carry no foreign rows (%s)', (dialect) => {
  let m: MatrixApp;
  let demoTenant: number;
  let demoUnits: Set<number>;
  let ownUnit: number;
  let demoAdmin: Client;
  const lists = Object.entries(ROUTE_TABLE).filter(
    ([k, r]) => r.kind === 'list' && k.startsWith('GET /api/'),
  );
  const details = Object.entries(ROUTE_TABLE).filter(
    ([k, r]) => r.kind === 'detail' && !r.public && k.startsWith('GET'),
  );

  beforeAll(async () => {
    m = await startMatrixApp(dialect);
    const accounts = await loadDemo(m.deps, { quiet: true });
    const admin = accounts.find((a) => a.role === 'unit_admin');
    if (!admin) throw new Error('the demo has no unit admin');
    const user = await m.deps.db
      .selectFrom('users')
      .select(['tenantId', 'unitId'])
      .where('username', '=', admin.username)
      .executeTakeFirstOrThrow();
    demoTenant = user.tenantId;
    ownUnit = Number(user.unitId);
    const units = await m.deps.db
      .selectFrom('units')
      .select('id')
      .where('tenantId', '=', demoTenant)
      .execute();
    demoUnits = new Set(units.map((u) => u.id));
    demoAdmin = await login(m.app, admin.username, admin.password);
  }, 300_000);
  afterAll(async () => m?.close());

  const get = (who: Client, url: string, query?: Record<string, string>) =>
    who.request({ method: 'GET', url, query });

  it('a unit admin sees only its own unit’s rows in every list, search and export', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const [key, row] of lists) {
      const url = key.slice(4);
      const res = await get(demoAdmin, url, row.query);
      if (res.statusCode >= 500) leaks.push(`${key}: ${res.statusCode}`);
      if (res.statusCode !== 200) continue;
      checked++;
      const foreign = valuesOf(bodyOf(res), ['unitId']).filter((u) => u !== ownUnit && demoUnits.has(u));
      if (foreign.length) leaks.push(`${key}: units ${[...new Set(foreign)].slice(0, 5).join(',')}`);
    }
    recordFigure(`matrix-reach-unit-lists-${dialect}`, { lists: lists.length, answered200: checked });
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('another committee’s staff and unit admin see none of the demo committee’s rows', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const who of ['staff', 'adminA1', 'otherStaff'] as const) {
      for (const [key, row] of lists) {
        const res = await get(m.clients[who], key.slice(4), row.query);
        if (res.statusCode >= 500) leaks.push(`${key} as ${who}: ${res.statusCode}`);
        if (res.statusCode !== 200) continue;
        checked++;
        const doc = bodyOf(res);
        const units = valuesOf(doc, ['unitId']).filter((u) => demoUnits.has(u));
        const tenants = valuesOf(doc, ['tenantId']).filter((t) => t === demoTenant);
        if (units.length || tenants.length) leaks.push(`${key} as ${who}: demo units ${units.slice(0, 5)}`);
      }
    }
    recordFigure(`matrix-reach-tenant-lists-${dialect}`, { calls: checked });
    expect(leaks).toEqual([]);
  });

  it(`walking ids 1..${WALK} of every detail route finds nothing foreign`, async () => {
    const leaks: string[] = [];
    let calls = 0;
    let ownSeen = 0;
    for (const [key] of details) {
      const url = key.slice(4);
      for (let id = 1; id <= WALK; id++) {
        const path = fillUrl(url, String(id));
        // Another committee (T) has no module records: any 200 outside its own organisations leaks.
        const t = await get(m.clients.adminA1, path);
        calls++;
        if (t.statusCode >= 500) leaks.push(`${path} as T's unit admin: ${t.statusCode}`);
        if (t.statusCode === 200) {
          const doc = bodyOf(t) as { id?: number; tenantId?: number } | null;
          const ownOrg = key === 'GET /api/orgs/units/:id' && id === m.world.unitA1;
          if (!ownOrg) leaks.push(`${path} as T's unit admin: 200 ${JSON.stringify(doc).slice(0, 120)}`);
        }
        const d = await get(demoAdmin, path);
        calls++;
        if (d.statusCode >= 500) leaks.push(`${path} as demo unit admin: ${d.statusCode}`);
        if (d.statusCode === 200) {
          ownSeen++;
          const doc = bodyOf(d) as { unitId?: number | null } | null;
          const unit = doc && typeof doc === 'object' ? doc.unitId : undefined;
          const unitRoute = key === 'GET /api/orgs/units/:id';
          if ((unit != null && unit !== ownUnit) || (unitRoute && id !== ownUnit))
            leaks.push(`${path} as demo unit admin: 200 of unit ${unitRoute ? id : unit}`);
        }
      }
    }
    recordFigure(`matrix-reach-walk-${dialect}`, {
      detailRoutes: details.length,
      idsPerRoute: WALK,
      calls,
      ownRecordsSeen: ownSeen,
    });
    // The walk reaches the unit admin's own records too, so a foreign one would have been seen.
    expect(ownSeen).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});
