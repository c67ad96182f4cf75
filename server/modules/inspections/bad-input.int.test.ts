import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { P, principals, recordBody, studyPlanBody } from './test-kit.js';

/**
 * Bad input on every write endpoint of the module, data-driven: endpoint × bad body → 400 naming
 * the field with a Chinese message (its label from the schema), never a 500, and nothing written.
 */

let t: TestApp;
let w: World;
const { as, at } = principals(() => t);

type Who = 'staff' | 'leader' | 'areaLeader' | 'adminA1';
type Case = [
  name: string,
  who: Who,
  method: 'post' | 'put',
  url: string,
  body: unknown,
  field: string,
  label?: string,
];

const plan = { title: '巡听计划', docPrefix: '市直工委', entries: [{ unitId: 1, month: 3 }], version: 1 };
const schedule = { plannedMonth: 3, scheduledDate: '2010-03-15', version: 1 };
const checkItem = { name: '学习档案', sort: 0, active: true };
const selection = { year: 2010, unitId: 1, reason: '学习效果明显' };
const s = `${P}/sessions/1`;
const x = `${P}/selections/1`;

const CASES: Case[] = [
  ['plan: year out of range', 'staff', 'post', `${P}/plans`, { ...plan, year: 1999 }, 'year', '计划年度'],
  ['plan update: empty title', 'staff', 'put', `${P}/plans/1`, { ...plan, title: ' ' }, 'title', '通知标题'],
  ['plan update: no units', 'staff', 'put', `${P}/plans/1`, { ...plan, entries: [] }, 'entries', '巡听单位'],
  [
    'plan update: month 0',
    'staff',
    'put',
    `${P}/plans/1`,
    { ...plan, entries: [{ unitId: 1, month: 0 }] },
    'entries.0.month',
    '巡听月份',
  ],
  [
    'plan update: unit id text',
    'staff',
    'put',
    `${P}/plans/1`,
    { ...plan, entries: [{ unitId: 'x', month: 3 }] },
    'entries.0.unitId',
  ],
  [
    'plan update: prefix too long',
    'staff',
    'put',
    `${P}/plans/1`,
    { ...plan, docPrefix: '字'.repeat(21) },
    'docPrefix',
    '机关代字',
  ],
  ['plan update: no version', 'staff', 'put', `${P}/plans/1`, { ...plan, version: undefined }, 'version'],
  ['plan update: bad id', 'staff', 'put', `${P}/plans/abc`, plan, 'id'],
  ['issue: no version', 'staff', 'post', `${P}/plans/1/issue`, {}, 'version'],
  ['issue: version text', 'staff', 'post', `${P}/plans/1/issue`, { version: 'v1' }, 'version'],
  ['issue: version 0', 'staff', 'post', `${P}/plans/1/issue`, { version: 0 }, 'version'],
  [
    'schedule: month 13',
    'staff',
    'put',
    `${s}/schedule`,
    { ...schedule, plannedMonth: 13 },
    'plannedMonth',
    '安排月份',
  ],
  [
    'schedule: no month',
    'staff',
    'put',
    `${s}/schedule`,
    { ...schedule, plannedMonth: undefined },
    'plannedMonth',
  ],
  [
    'schedule: 30 February',
    'staff',
    'put',
    `${s}/schedule`,
    { ...schedule, scheduledDate: '2010-02-30' },
    'scheduledDate',
    '巡听日期',
  ],
  [
    'schedule: date as text',
    'staff',
    'put',
    `${s}/schedule`,
    { ...schedule, scheduledDate: '3月15日' },
    'scheduledDate',
  ],
  ['schedule: no version', 'staff', 'put', `${s}/schedule`, { ...schedule, version: undefined }, 'version'],
  ['team: nobody', 'staff', 'put', `${s}/team`, { memberIds: [], version: 1 }, 'memberIds', '巡听组成员'],
  [
    'study plan: no place',
    'adminA1',
    'post',
    `${s}/study-plans`,
    { ...studyPlanBody('2010-03-20'), place: '' },
    'place',
    '学习地点',
  ],
  [
    'study plan: bad date',
    'adminA1',
    'post',
    `${s}/study-plans`,
    { ...studyPlanBody('2010-03-20'), sessionDate: '2010-3-20' },
    'sessionDate',
    '学习日期',
  ],
  ['return: no reason', 'staff', 'post', `${P}/study-plans/1/return`, {}, 'reason', '退回原因'],
  [
    'accept: comment too long',
    'staff',
    'post',
    `${P}/study-plans/1/accept`,
    { comment: '长'.repeat(501) },
    'comment',
    '审核意见',
  ],
  [
    'record: grade unknown',
    'areaLeader',
    'put',
    `${s}/record`,
    recordBody('2010-03-20', { grade: 'great' }),
    'grade',
    '评定等次',
  ],
  [
    'record: attendee without name',
    'areaLeader',
    'put',
    `${s}/record`,
    recordBody('2010-03-20', { attendance: [{ name: '', present: true }] }),
    'attendance.0.name',
    '参加人员姓名',
  ],
  [
    'record: check result unknown',
    'areaLeader',
    'put',
    `${s}/record`,
    recordBody('2010-03-20', { checks: [{ itemId: 1, result: 'maybe' }] }),
    'checks.0.result',
    '检查结果',
  ],
  ['record submit: no version', 'areaLeader', 'post', `${s}/record/submit`, {}, 'version'],
  [
    'correction: no reason',
    'staff',
    'post',
    `${s}/record/corrections`,
    { field: 'notes', newValue: 'x', version: 1 },
    'reason',
    '更正原因',
  ],
  ['feedback ack: no version', 'adminA1', 'post', `${s}/feedback/ack`, {}, 'version'],
  [
    'check item: no name',
    'staff',
    'post',
    `${P}/check-items`,
    { ...checkItem, name: '' },
    'name',
    '检查项目名称',
  ],
  [
    'check item: name too long',
    'staff',
    'post',
    `${P}/check-items`,
    { ...checkItem, name: '项'.repeat(101) },
    'name',
  ],
  [
    'check item: negative sort',
    'staff',
    'post',
    `${P}/check-items`,
    { ...checkItem, sort: -1 },
    'sort',
    '排序号',
  ],
  [
    'check item: active as text',
    'staff',
    'post',
    `${P}/check-items`,
    { ...checkItem, active: 'yes' },
    'active',
    '是否启用',
  ],
  ['check item update: no version', 'staff', 'put', `${P}/check-items/1`, checkItem, 'version'],
  [
    'check item update: empty name',
    'staff',
    'put',
    `${P}/check-items/1`,
    { ...checkItem, name: ' ', version: 1 },
    'name',
  ],
  [
    'nominate: no reason',
    'staff',
    'post',
    `${P}/selections`,
    { ...selection, reason: '' },
    'reason',
    '推荐理由',
  ],
  ['nominate: no unit', 'staff', 'post', `${P}/selections`, { ...selection, unitId: undefined }, 'unitId'],
  ['approve: no decision', 'leader', 'post', `${x}/approve`, { version: 1 }, 'approve', '是否同意'],
  ['approve: decision as text', 'leader', 'post', `${x}/approve`, { approve: '同意', version: 1 }, 'approve'],
  [
    'approve: comment too long',
    'leader',
    'post',
    `${x}/approve`,
    { approve: true, comment: '长'.repeat(501), version: 1 },
    'comment',
    '审批意见',
  ],
  ['approve: no version', 'leader', 'post', `${x}/approve`, { approve: true }, 'version'],
  ['publicize: 31 days', 'staff', 'post', `${x}/publicize`, { days: 31, version: 1 }, 'days', '公示天数'],
  [
    'objection: no content',
    'staff',
    'post',
    `${x}/objections`,
    { content: '', receivedOn: '2010-12-02' },
    'content',
    '异议内容',
  ],
  [
    'objection: bad date',
    'staff',
    'post',
    `${x}/objections`,
    { content: '反映问题', receivedOn: '2010-13-02' },
    'receivedOn',
    '异议收到日期',
  ],
  ['objection: no date', 'staff', 'post', `${x}/objections`, { content: '反映问题' }, 'receivedOn'],
  [
    'finalize: unknown decision',
    'staff',
    'post',
    `${x}/finalize`,
    { decision: 'maybe', version: 1 },
    'decision',
    '评选结果',
  ],
  [
    'finalize: comment too long',
    'staff',
    'post',
    `${x}/finalize`,
    { decision: 'final', comment: '长'.repeat(501), version: 1 },
    'comment',
    '结果说明',
  ],
  ['finalize: no version', 'staff', 'post', `${x}/finalize`, { decision: 'final' }, 'version'],
];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  at('2010-01-10T02:00:00Z');
});
afterAll(async () => {
  clock.reset();
  await t.close();
});

describe('bad input on every write endpoint', () => {
  it.each(CASES)('%s → 400 naming the field', async (_name, who, method, url, body, field, label) => {
    const client = await as(w.users[who]);
    const before = await auditCount(t.deps.db);
    const res = await client[method](url, body);
    expect(res.statusCode).toBe(400);
    const json = res.json();
    expect(json.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(json.message).toMatch(/[\u4e00-\u9fa5]/);
    if (label) expect(json.message).toContain(`「${label}」`);
    // Validation failures write nothing (not even an audit row of a change).
    expect(await auditCount(t.deps.db)).toBe(before);
  });

  it('never answers 500 to malformed JSON or a wrong body type', async () => {
    const staff = await as(w.users.staff);
    for (const url of [`${P}/plans`, `${P}/check-items`, `${P}/selections`]) {
      const res = await staff.request({
        method: 'POST',
        url,
        payload: '{"title": ',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect((await staff.post(url, [1, 2])).statusCode).toBe(400);
    }
  });
});
