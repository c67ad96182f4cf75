import { beforeAll, describe, expect, it } from 'vitest';
import { type BadInput, badInputTests, createProblem, feedBack, workStyleEnv } from './test-kit.js';

/** The problem register and rectification endpoints: every one refuses bad input with 400. */
const env = workStyleEnv();
const c = env.c;
let problemId = 0;

const problem = (over: Record<string, unknown> = {}) => ({
  sourceType: 'manual',
  unitId: env.w.unitA1,
  categoryName: '办事效率',
  description: '窗口办件超时',
  foundOn: '2010-06-01',
  ...over,
});
const measures = (over: Record<string, unknown> = {}) => ({
  measures: '开展服务礼仪培训',
  responsibleLeader: '王副局长',
  responsiblePerson: '赵科长',
  deadlineType: 'deadline',
  deadlineOn: '2010-07-31',
  version: 2,
  ...over,
});

beforeAll(async () => {
  problemId = (await createProblem(c.staff, env.w.unitA1)).id;
  await feedBack(c.staff, { id: problemId });
});

const P = '/api/problems';
const item = `${P}/:id`;
const id = () => problemId;
const rows: BadInput[] = [
  { method: 'GET', path: P, why: 'unknown status', query: { status: 'lost' }, field: 'status' },
  { method: 'GET', path: P, why: 'unknown sort', query: { sort: 'password' }, field: 'sort' },
  { method: 'GET', path: P, why: 'page 0', query: { page: '0' }, field: 'page' },
  {
    method: 'GET',
    path: P,
    why: 'overdue neither true nor false',
    query: { overdue: 'yes' },
    field: 'overdue',
  },
  {
    method: 'POST',
    path: P,
    why: 'empty description',
    body: () => problem({ description: '' }),
    field: 'description',
    label: '问题描述',
  },
  {
    method: 'POST',
    path: P,
    why: 'unknown source',
    body: () => problem({ sourceType: 'rumour' }),
    field: 'sourceType',
  },
  {
    method: 'POST',
    path: P,
    why: 'category not configured',
    body: () => problem({ categoryName: '其他' }),
    field: 'categoryName',
  },
  {
    method: 'POST',
    path: P,
    why: "another committee's unit",
    body: () => problem({ unitId: env.w.unitX }),
    field: 'unitId',
    label: '责任单位',
  },
  {
    method: 'POST',
    path: P,
    why: 'unit missing',
    body: () => problem({ unitId: undefined }),
    field: 'unitId',
    label: '责任单位',
  },
  {
    method: 'POST',
    path: P,
    why: 'bad date',
    body: () => problem({ foundOn: '2010/06/01' }),
    field: 'foundOn',
  },
  {
    method: 'POST',
    path: P,
    why: '暗访 source without the record',
    body: () => problem({ sourceType: 'unannounced' }),
    field: 'sourceId',
  },
  {
    method: 'GET',
    path: `${P}/stats`,
    why: 'bad period start',
    query: { from: '2010-02-30' },
    field: 'from',
  },
  {
    method: 'GET',
    path: `${P}/export`,
    why: 'unknown severity',
    query: { severity: 'fatal' },
    field: 'severity',
  },
  { method: 'PUT', path: `${P}/categories`, why: 'no names', body: () => ({ names: [] }), field: 'names' },
  {
    method: 'PUT',
    path: `${P}/categories`,
    why: 'a name twice',
    body: () => ({ names: ['纪律', '纪律'] }),
    field: 'names',
  },
  {
    method: 'PUT',
    path: `${P}/categories`,
    why: 'an empty name',
    body: () => ({ names: ['纪律', ' '] }),
    field: 'names.1',
  },
  {
    method: 'POST',
    path: `${P}/feedback`,
    why: 'no items',
    body: () => ({ items: [], replyBy: '2010-06-30' }),
    field: 'items',
    label: '反馈的问题',
  },
  {
    method: 'POST',
    path: `${P}/feedback`,
    why: 'reply-by date in the past',
    body: () => ({ items: [{ id: problemId, version: 2 }], replyBy: '2010-06-01' }),
    field: 'replyBy',
  },
  {
    method: 'POST',
    path: `${P}/feedback`,
    why: 'note too long',
    body: () => ({ items: [{ id: problemId, version: 2 }], replyBy: '2010-06-30', note: '长'.repeat(501) }),
    field: 'note',
    label: '反馈说明',
  },
  { method: 'GET', path: item, why: 'id not a number', id: () => Number.NaN, field: 'id' },
  { method: 'PUT', path: item, why: 'no version', id, body: () => problem(), field: 'version' },
  { method: 'DELETE', path: item, why: 'negative id', id: () => -3, field: 'id' },
  {
    method: 'PUT',
    path: `${item}/rectification`,
    why: 'unknown deadline type',
    as: 'adminA1',
    id,
    body: () => measures({ deadlineType: 'someday' }),
    field: 'deadlineType',
  },
  {
    method: 'PUT',
    path: `${item}/rectification`,
    why: '限期整改 without a date',
    as: 'adminA1',
    id,
    body: () => measures({ deadlineOn: null }),
    field: 'deadlineOn',
  },
  {
    method: 'PUT',
    path: `${item}/rectification`,
    why: 'deadline before the problem was found',
    as: 'adminA1',
    id,
    body: () => measures({ deadlineOn: '2010-05-01' }),
    field: 'deadlineOn',
  },
  {
    method: 'PUT',
    path: `${item}/rectification`,
    why: 'no responsible person',
    as: 'adminA1',
    id,
    body: () => measures({ responsiblePerson: '' }),
    field: 'responsiblePerson',
  },
  {
    method: 'POST',
    path: `${item}/progress`,
    why: 'empty progress note',
    as: 'adminA1',
    id,
    body: () => ({ note: '', version: 2 }),
    field: 'note',
    label: '进展情况',
  },
  {
    method: 'POST',
    path: `${item}/progress`,
    why: 'evidence not file ids',
    as: 'adminA1',
    id,
    body: () => ({ note: '已整改', fileIds: ['photo.png'], version: 2 }),
    field: 'fileIds.0',
  },
  {
    method: 'POST',
    path: `${item}/request-verification`,
    why: 'no version',
    as: 'adminA1',
    id,
    body: () => ({}),
    field: 'version',
  },
  {
    method: 'POST',
    path: `${item}/verify`,
    why: 'version as text',
    id,
    body: () => ({ version: 'v2' }),
    field: 'version',
  },
  {
    method: 'POST',
    path: `${item}/return`,
    why: 'no reason',
    id,
    body: () => ({ version: 2 }),
    field: 'returnReason',
  },
  {
    method: 'POST',
    path: `${item}/close`,
    why: 'no version',
    id,
    body: () => ({ note: '销号' }),
    field: 'version',
  },
  {
    method: 'POST',
    path: `${item}/remind`,
    why: 'note too long',
    id,
    body: () => ({ note: '催'.repeat(501) }),
    field: 'note',
    label: '催办说明',
  },
];

describe('bad input on the problem and rectification endpoints', () => {
  badInputTests(env, rows);

  it("names a bad problem description 「问题描述」, not another module's label for the same field name", async () => {
    const res = await c.staff.post('/api/problems', problem({ description: 'x'.repeat(2001) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('「问题描述」');
    expect(res.json().message).not.toContain('「说明」');
  });
});
