import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READING_ACTIVITY_TYPES } from '../../../common/learning.js';
import { auditCount, buildUnit, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { booksGiven, readingActivityCoverage, studyDaysHeld } from './figures.js';
import { closeTestApp, uploadFile } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let adminA1: Client;
let adminA2: Client;
let adminB1: Client;
let areaLeader: Client;
let evaluator: Client;
let otherAdmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, adminA1, adminA2, adminB1, areaLeader, evaluator, otherAdmin] = await Promise.all(
    [
      w.users.staff,
      w.users.adminA1,
      w.users.adminA2,
      w.users.adminB1,
      w.users.areaLeader,
      w.users.evaluator,
      w.users.otherAdminX,
    ].map((u) => login(t.app, u.username)),
  );
});
afterAll(() => closeTestApp(t));

const activity = (unitId: number, extra: Record<string, unknown> = {}) => ({
  unitId,
  type: 'reading_corner',
  heldOn: '2010-04-15',
  title: '读书角开放',
  participants: 30,
  summary: '每周开放',
  ...extra,
});

describe('reading activities', () => {
  it('lets a unit admin report for its own unit only, with evidence, one audit row', async () => {
    const fileId = await uploadFile(adminA1);
    const before = await auditCount(t.deps.db, 'learning.activity.create');
    const res = await adminA1.post('/api/learning/activities', activity(w.unitA1, { fileIds: [fileId] }));
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'learning.activity.create')).toBe(before + 1);
    const id = res.json().id;
    const got = (await adminA1.get(`/api/learning/activities/${id}`)).json();
    expect(got.files.map((f: { id: number }) => f.id)).toEqual([fileId]);
    expect((await areaLeader.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await adminB1.get(`/api/files/${fileId}`)).statusCode).toBe(404);

    const other = await adminA1.post('/api/learning/activities', activity(w.unitA2));
    expect(other.statusCode).toBe(400);
    expect(other.json().fields[0].field).toBe('unitId');
    expect((await adminA2.get(`/api/learning/activities/${id}`)).statusCode).toBe(404);
    expect(
      (await adminA2.put(`/api/learning/activities/${id}`, { ...activity(w.unitA2), version: 1 })).statusCode,
    ).toBe(404);
    expect((await adminA2.del(`/api/learning/activities/${id}`)).statusCode).toBe(404);
    expect((await evaluator.post('/api/learning/activities', activity(w.unitA1))).statusCode).toBe(403);
    expect((await areaLeader.post('/api/learning/activities', activity(w.unitA1))).statusCode).toBe(403);
  });

  it('edits with version and drops evidence no longer listed', async () => {
    const fileId = await uploadFile(adminB1);
    const id = (
      await adminB1.post('/api/learning/activities', activity(w.unitB1, { fileIds: [fileId] }))
    ).json().id;
    const put = await adminB1.put(`/api/learning/activities/${id}`, {
      ...activity(w.unitB1, { title: '改名' }),
      version: 1,
    });
    expect(put.statusCode).toBe(200);
    expect((await adminB1.get(`/api/learning/activities/${id}`)).json()).toMatchObject({
      title: '改名',
      files: [],
    });
    expect(
      (await adminB1.put(`/api/learning/activities/${id}`, { ...activity(w.unitB1), version: 1 })).statusCode,
    ).toBe(409);
    expect((await adminB1.del(`/api/learning/activities/${id}`)).statusCode).toBe(200);
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [activity(w.unitA1, { type: 'party' }), 'type'],
      [activity(w.unitA1, { heldOn: '2010/04/01' }), 'heldOn'],
      [activity(w.unitA1, { participants: -1 }), 'participants'],
      [activity(w.unitA1, { title: '' }), 'title'],
      [activity(w.unitA1, { heldOn: '2999-01-01' }), 'heldOn'],
      [activity(999999), 'unitId'],
      [activity(w.unitA1, { fileIds: [999999] }), 'fileIds'],
    ];
    for (const [body, field] of cases) {
      const res = await adminA1.post('/api/learning/activities', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().fields[0].field).toBe(field);
    }
    expect((await staff.get('/api/learning/activities', { type: 'x' })).statusCode).toBe(400);
    expect(
      (await staff.get('/api/learning/activities/coverage', { from: '2010-07-01', to: '2010-01-01' }))
        .statusCode,
    ).toBe(400);
    expect((await staff.get('/api/learning/activities/coverage', { from: '2010-01-01' })).statusCode).toBe(
      400,
    );
  });

  it('lists only rows in reach: unit admin its unit, area leader its area, other committee nothing', async () => {
    await adminA2.post('/api/learning/activities', activity(w.unitA2, { type: 'study_board' }));
    await adminB1.post('/api/learning/activities', activity(w.unitB1, { type: 'online_study' }));
    const units = async (c: Client) =>
      new Set(
        (
          (await c.get('/api/learning/activities', { pageSize: 200 })).json().items as { unitId: number }[]
        ).map((i) => i.unitId),
      );
    expect([...(await units(adminA1))]).toEqual([w.unitA1]);
    expect([...(await units(areaLeader))].sort()).toEqual([w.unitA1, w.unitA2].sort());
    expect((await units(staff)).has(w.unitB1)).toBe(true);
    expect((await otherAdmin.get('/api/learning/activities')).json().total).toBe(0);
  });
});

describe('coverage', () => {
  it('matches a recount of the records, including units that reported nothing', async () => {
    const silent = await buildUnit(t.deps.db, w.tenantId, { areaId: w.areaB, name: '未上报单位' });
    await adminA1.post(
      '/api/learning/activities',
      activity(w.unitA1, { type: 'exchange_meeting', heldOn: '2010-06-30' }),
    );
    await adminA1.post(
      '/api/learning/activities',
      activity(w.unitA1, { type: 'good_book', heldOn: '2010-07-01' }),
    );
    const from = '2010-01-01';
    const to = '2010-06-30';
    const res = await staff.get('/api/learning/activities/coverage', { from, to });
    expect(res.statusCode).toBe(200);
    const body = res.json();

    const records = await t.deps.db
      .selectFrom('readingActivities')
      .select(['unitId', 'type', 'heldOn'])
      .where('tenantId', '=', w.tenantId)
      .execute();
    const inPeriod = records.filter((r) => r.heldOn >= from && r.heldOn <= to);
    expect(body.activitiesTotal).toBe(inPeriod.length);
    for (const row of body.rows)
      for (const type of READING_ACTIVITY_TYPES)
        expect(row.counts[type]).toBe(
          inPeriod.filter((r) => r.unitId === row.unitId && r.type === type).length,
        );
    const reporting = new Set(inPeriod.map((r) => r.unitId));
    expect(body.unitsReported).toBe(reporting.size);
    expect(body.rows.find((r: { unitId: number }) => r.unitId === silent)).toMatchObject({ total: 0 });

    const figures = await readingActivityCoverage(t.deps.db, w.tenantId, from, to);
    expect(figures.unitsReported).toBe(reporting.size);
    expect(figures.silentUnitIds).toContain(silent);
    expect(figures.ids).toHaveLength(inPeriod.length);

    const mine = (await adminA1.get('/api/learning/activities/coverage', { from, to })).json();
    expect(mine.rows.map((r: { unitId: number }) => r.unitId)).toEqual([w.unitA1]);
    const area = (
      await areaLeader.get('/api/learning/activities/coverage', { from, to, areaId: w.areaA })
    ).json();
    expect(area.unitsTotal).toBe(2);
  });

  it('counts study days and distinct books given in a period from the records', async () => {
    const bookIds: number[] = [];
    for (const title of ['甲书', '乙书'])
      bookIds.push((await staff.post('/api/learning/books', { title })).json().id);
    const day = (heldOn: string, books: number[]) =>
      staff.post('/api/learning/study-days', {
        heldOn,
        theme: `学习日${heldOn}`,
        invitedUnitIds: [w.unitA1],
        gifts: books.map((bookId) => ({ bookId, copies: 10, recipient: 'attendees' })),
      });
    await day('2010-03-20', [bookIds[0]]);
    await day('2010-06-20', [bookIds[0], bookIds[1]]);
    await day('2010-09-20', [bookIds[1]]);
    const held = await studyDaysHeld(t.deps.db, w.tenantId, '2010-01-01', '2010-06-30');
    expect(held.count).toBe(2);
    const given = await booksGiven(t.deps.db, w.tenantId, '2010-01-01', '2010-06-30');
    expect(given.count).toBe(2);
    expect(given.books.map((b) => b.title)).toEqual(['甲书', '乙书']);
    expect(
      (await booksGiven(t.deps.db, w.tenantId, '2010-07-01', '2010-12-31')).books.map((b) => b.title),
    ).toEqual(['乙书']);
  });
});
