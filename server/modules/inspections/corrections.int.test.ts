import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildUser, buildWorld, type Client, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { issuedPlan, lockedRecord, P, principals } from './test-kit.js';

/** Corrections of a locked record beyond the text fields: attendance, scores, practice/shortcoming items. */

let t: TestApp;
let w: World;
let sid: { A1: number; A2: number; B1: number };
const { as, at } = principals(() => t);

interface Detail {
  record: { version: number; attendance: { name: string; present: boolean }[]; totalScore: number | null };
  items: { id: number; kind: string; itemCategory: string; content: string; addedByCorrection: boolean }[];
  corrections: {
    field: string;
    oldValue: string;
    newValue: string;
    reason: string;
    correctedByName: string;
  }[];
}
const detail = async (c: Client): Promise<Detail> => (await c.get(`${P}/sessions/${sid.A1}`)).json();

/** Posts a correction at the record's current version. */
async function correct(c: Client, body: Record<string, unknown>) {
  const { record } = await detail(await as(w.users.staff));
  return c.post(`${P}/sessions/${sid.A1}/record/corrections`, { version: record.version, ...body });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  at('2010-01-10T02:00:00Z');
  ({ sid } = await issuedPlan(await as(w.users.staff), w, 2010));
  at('2010-03-20T06:00:00Z');
  await lockedRecord(await as(w.users.areaLeader), sid.A1, '2010-03-20');
  await lockedRecord(await as(w.users.areaLeader), sid.A2, '2010-03-21');
});
afterAll(async () => {
  clock.reset();
  await t.close();
});

describe('corrections of a locked record', () => {
  it('corrects the attendance, leaving who, when, why and old → new', async () => {
    const leader = await as(w.users.areaLeader);
    const audits = await auditCount(t.deps.db, 'inspections.record.correct');
    const res = await correct(leader, {
      field: 'attendance',
      attendance: [
        { name: '王局长', present: true },
        { name: '张副局长', present: true },
      ],
      reason: '张副局长中途到会，原记录有误',
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.record.correct')).toBe(audits + 1);
    const d = await detail(await as(w.users.adminA1));
    expect(d.record.attendance.every((a) => a.present)).toBe(true);
    expect(d.corrections.at(-1)).toMatchObject({
      field: 'attendance',
      oldValue: '王局长 出席；张副局长 缺席（外出开会）',
      newValue: '王局长 出席；张副局长 出席',
      reason: '张副局长中途到会，原记录有误',
    });
    expect(d.corrections.at(-1)?.correctedByName).toBeTruthy();
  });

  it('corrects the per-criterion scores and recomputes the total', async () => {
    const staff = await as(w.users.staff);
    const dup = await correct(staff, {
      field: 'scores',
      scores: [
        { criterion: 'content', score: 20 },
        { criterion: 'content', score: 21 },
      ],
      reason: '补录评分',
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fields[0].field).toBe('scores');
    const res = await correct(staff, {
      field: 'scores',
      scores: [
        { criterion: 'organisation', score: 20 },
        { criterion: 'content', score: 22.5 },
      ],
      reason: '补录分项评分',
    });
    expect(res.statusCode).toBe(200);
    const d = await detail(staff);
    expect(d.record.totalScore).toBe(42.5);
    expect(d.corrections.at(-1)).toMatchObject({
      field: 'scores',
      oldValue: '',
      newValue: '学习组织 20分；学习内容 22.5分',
    });
  });

  it('adds, edits and removes a practice/shortcoming item, each with its own trace', async () => {
    const staff = await as(w.users.staff);
    const added = await correct(staff, {
      field: 'itemAdd',
      kind: 'practice',
      itemCategory: 'system',
      content: '建立中心组学习考勤制度',
      reason: '现场记录遗漏',
    });
    expect(added.statusCode).toBe(200);
    let d = await detail(staff);
    const newItem = d.items.find((i) => i.content === '建立中心组学习考勤制度');
    expect(newItem).toMatchObject({ kind: 'practice', itemCategory: 'system', addedByCorrection: true });
    expect(d.corrections.at(-1)).toMatchObject({
      field: 'itemAdd',
      oldValue: '',
      newValue: '【好的做法·制度建设】建立中心组学习考勤制度',
    });
    const register = (await staff.get(`${P}/registers/practice`, { q: '考勤制度' })).json();
    expect(register.total).toBe(1);

    const shortcoming = d.items.find((i) => i.kind === 'shortcoming');
    const edited = await correct(staff, {
      field: 'itemEdit',
      itemId: shortcoming?.id,
      itemCategory: 'archive',
      content: '学习记录不够完整，缺少第二季度研讨记录',
      reason: '表述不准确',
    });
    expect(edited.statusCode).toBe(200);
    d = await detail(staff);
    expect(d.items.find((i) => i.id === shortcoming?.id)?.content).toBe(
      '学习记录不够完整，缺少第二季度研讨记录',
    );
    expect(d.corrections.at(-1)).toMatchObject({
      field: 'itemEdit',
      oldValue: '【不足之处·学习档案】学习记录不够完整',
      newValue: '【不足之处·学习档案】学习记录不够完整，缺少第二季度研讨记录',
    });

    const removed = await correct(staff, {
      field: 'itemRemove',
      itemId: newItem?.id,
      reason: '与其他条目重复',
    });
    expect(removed.statusCode).toBe(200);
    d = await detail(staff);
    expect(d.items.some((i) => i.id === newItem?.id)).toBe(false);
    expect(d.corrections.at(-1)).toMatchObject({
      field: 'itemRemove',
      oldValue: '【好的做法·制度建设】建立中心组学习考勤制度',
      newValue: '',
      reason: '与其他条目重复',
    });
  });

  it.each([
    ['attendance without the list', { field: 'attendance' }, 'attendance'],
    ['attendance with an empty list', { field: 'attendance', attendance: [] }, 'attendance'],
    [
      'attendance without a name',
      { field: 'attendance', attendance: [{ name: '', present: true }] },
      'attendance.0.name',
    ],
    ['scores without the list', { field: 'scores' }, 'scores'],
    [
      'a score above the maximum',
      { field: 'scores', scores: [{ criterion: 'content', score: 26 }] },
      'scores.0.score',
    ],
    [
      'an unknown criterion',
      { field: 'scores', scores: [{ criterion: 'x', score: 1 }] },
      'scores.0.criterion',
    ],
    ['a new item without its kind', { field: 'itemAdd', itemCategory: 'form', content: '内容' }, 'kind'],
    ['a new item without content', { field: 'itemAdd', kind: 'practice', itemCategory: 'form' }, 'content'],
    [
      'a new item of an unknown category',
      { field: 'itemAdd', kind: 'practice', itemCategory: 'x', content: '内容' },
      'itemCategory',
    ],
    ['an edit without the item', { field: 'itemEdit', itemCategory: 'form', content: '内容' }, 'itemId'],
    ['a removal without the item', { field: 'itemRemove' }, 'itemId'],
    ['an unknown correction field', { field: 'checks' }, 'field'],
    ['a text correction without the value', { field: 'notes' }, 'newValue'],
  ])('refuses %s (400 naming the field)', async (_name, body, field) => {
    const res = await correct(await as(w.users.staff), { reason: '更正', ...body });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('refuses an unknown item, another session’s item, no change, a stale version and non-members', async () => {
    const staff = await as(w.users.staff);
    expect((await correct(staff, { field: 'itemRemove', itemId: 999999, reason: '删除' })).statusCode).toBe(
      404,
    );
    const other = (await staff.get(`${P}/sessions/${sid.A2}`)).json().items[0];
    expect((await correct(staff, { field: 'itemRemove', itemId: other.id, reason: '删除' })).statusCode).toBe(
      404,
    );
    const item = (await detail(staff)).items[0];
    const same = await correct(staff, {
      field: 'itemEdit',
      itemId: item.id,
      itemCategory: item.itemCategory,
      content: item.content,
      reason: '无变化',
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().fields[0].field).toBe('content');
    const { record } = await detail(staff);
    const stale = await staff.post(`${P}/sessions/${sid.A1}/record/corrections`, {
      field: 'itemRemove',
      itemId: item.id,
      reason: '删除',
      version: record.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const outsider = await as(await buildUser(t.deps.db, w.tenantId, 'committee_staff'));
    const body = { field: 'itemRemove', itemId: item.id, reason: '删除' };
    expect((await correct(outsider, body)).statusCode).toBe(403);
    expect((await correct(await as(w.users.adminA1), body)).statusCode).toBe(403);
    expect((await correct(await as(w.users.otherStaff), body)).statusCode).toBe(404);
    expect((await detail(staff)).items.some((i) => i.id === item.id)).toBe(true);
  });
});
