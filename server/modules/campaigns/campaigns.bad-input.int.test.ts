import { beforeAll, describe } from 'vitest';
import { type BadInput, badInputTests, ok, workStyleEnv } from '../problems/test-kit.js';

/** Campaigns, research teams, visits, 暗访 and review meetings: every endpoint refuses bad input with 400. */
const env = workStyleEnv();
const c = env.c;
let teamId = 0;
let visitId = 0;
let reviewId = 0;

const campaign = (over: Record<string, unknown> = {}) => ({
  year: 2010,
  name: '作风建设年',
  startOn: '2010-03-01',
  endOn: '2010-12-31',
  ...over,
});
const team = (over: Record<string, unknown> = {}) => ({
  campaignId: env.campaignId,
  name: '第一调研组',
  leaderId: env.w.users.staff.id,
  formedOn: '2010-04-01',
  ...over,
});
const visit = (over: Record<string, unknown> = {}) => ({
  campaignId: env.campaignId,
  visitKind: 'visit',
  targetType: 'organ_unit',
  unitId: env.w.unitA1,
  visitedOn: '2010-05-10',
  ...over,
});
const unannounced = (over: Record<string, unknown> = {}) =>
  visit({
    visitKind: 'unannounced',
    targetType: 'window_unit',
    unitId: env.windowUnit,
    visitedTime: '09:30',
    observers: '张明',
    ...over,
  });
const review = (over: Record<string, unknown> = {}) => ({
  campaignId: env.campaignId,
  heldOn: '2010-07-01',
  title: '作风建设点评会',
  chair: '工委书记',
  ...over,
});

beforeAll(async () => {
  teamId = ok(await c.staff.post('/api/work-style/teams', team())).id;
  visitId = ok(await c.staff.post('/api/work-style/visits', visit())).id;
  reviewId = ok(await c.staff.post('/api/work-style/reviews', review())).id;
});

const C = '/api/work-style/campaigns';
const T = '/api/work-style/teams';
const V = '/api/work-style/visits';
const R = '/api/work-style/reviews';
const rows: BadInput[] = [
  // campaigns
  { method: 'GET', path: C, why: 'year out of range', query: { year: '1999' }, field: 'year' },
  { method: 'GET', path: C, why: 'unknown sort', query: { sort: 'secret' }, field: 'sort' },
  {
    method: 'POST',
    path: C,
    why: 'empty name',
    body: () => campaign({ name: ' ' }),
    field: 'name',
    label: '活动名称',
  },
  { method: 'POST', path: C, why: 'year as text', body: () => campaign({ year: '二〇一〇' }), field: 'year' },
  {
    method: 'POST',
    path: C,
    why: 'impossible date',
    body: () => campaign({ startOn: '2010-02-30' }),
    field: 'startOn',
  },
  {
    method: 'POST',
    path: C,
    why: 'end before start',
    body: () => campaign({ endOn: '2010-01-01' }),
    field: 'endOn',
  },
  {
    method: 'POST',
    path: C,
    why: 'unknown phase',
    body: () => campaign({ phases: [{ key: 'party', startOn: '2010-03-01', endOn: '2010-03-31' }] }),
    field: 'phases.0.key',
    label: '阶段',
  },
  {
    method: 'POST',
    path: C,
    why: 'phase twice',
    body: () =>
      campaign({
        phases: [
          { key: 'mobilise', startOn: '2010-03-01', endOn: '2010-03-31' },
          { key: 'mobilise', startOn: '2010-04-01', endOn: '2010-04-30' },
        ],
      }),
    field: 'phases.1.key',
    label: '活动阶段第2项',
  },
  {
    method: 'POST',
    path: C,
    why: 'phase outside the campaign',
    body: () => campaign({ phases: [{ key: 'assess', startOn: '2010-12-01', endOn: '2011-01-31' }] }),
    field: 'phases.0.startOn',
    label: '活动阶段第1项',
  },
  {
    method: 'POST',
    path: C,
    why: 'document without title',
    body: () => campaign({ documents: [{ title: '' }] }),
    field: 'documents.0.title',
    label: '文件标题',
  },
  {
    method: 'POST',
    path: C,
    why: "another committee's unit",
    body: () => campaign({ scopeUnitIds: [env.w.unitX] }),
    field: 'scopeUnitIds',
  },
  { method: 'GET', path: `${C}/:id`, why: 'id not a number', id: () => Number.NaN, field: 'id' },
  {
    method: 'PUT',
    path: `${C}/:id`,
    why: 'no version',
    id: () => env.campaignId,
    body: () => campaign(),
    field: 'version',
  },
  // research teams
  {
    method: 'GET',
    path: T,
    why: 'campaign id not a number',
    query: { campaignId: 'abc' },
    field: 'campaignId',
  },
  {
    method: 'POST',
    path: T,
    why: 'empty name',
    body: () => team({ name: '' }),
    field: 'name',
    label: '调研组名称',
  },
  {
    method: 'POST',
    path: T,
    why: "another committee's leader",
    body: () => team({ leaderId: env.w.users.otherStaff.id }),
    field: 'leaderId',
  },
  {
    method: 'POST',
    path: T,
    why: 'member id not a number',
    body: () => team({ memberUserIds: ['张三'] }),
    field: 'memberUserIds.0',
  },
  {
    method: 'POST',
    path: T,
    why: 'campaign does not exist',
    body: () => team({ campaignId: 999999 }),
    field: 'campaignId',
  },
  {
    method: 'PUT',
    path: `${T}/:id`,
    why: 'version 0',
    id: () => teamId,
    body: () => team({ version: 0 }),
    field: 'version',
  },
  // visits, interviews, 暗访
  { method: 'GET', path: V, why: 'unknown kind', query: { visitKind: 'raid' }, field: 'visitKind' },
  { method: 'GET', path: V, why: 'month 13', query: { from: '2010-13-01' }, field: 'from' },
  {
    method: 'POST',
    path: V,
    why: 'unknown kind',
    body: () => visit({ visitKind: 'raid' }),
    field: 'visitKind',
  },
  {
    method: 'POST',
    path: V,
    why: 'date missing',
    body: () => visit({ visitedOn: undefined }),
    field: 'visitedOn',
  },
  {
    method: 'POST',
    path: V,
    why: 'chamber named nowhere',
    body: () => visit({ targetType: 'chamber', unitId: null }),
    field: 'targetName',
  },
  {
    method: 'POST',
    path: V,
    why: 'files not ids',
    body: () => visit({ fileIds: ['x'] }),
    field: 'fileIds.0',
  },
  {
    method: 'POST',
    path: V,
    why: '暗访 at 25:00',
    body: () => unannounced({ visitedTime: '25:00' }),
    field: 'visitedTime',
  },
  {
    method: 'POST',
    path: V,
    why: '暗访 of a chamber',
    body: () => unannounced({ targetType: 'chamber' }),
    field: 'targetType',
  },
  {
    method: 'POST',
    path: V,
    why: '暗访 of a unit that is not a window',
    body: () => unannounced({ unitId: env.w.unitA2 }),
    field: 'unitId',
    label: '走访单位',
  },
  {
    method: 'POST',
    path: V,
    why: '暗访 without observers',
    body: () => unannounced({ observers: '' }),
    field: 'observers',
  },
  { method: 'GET', path: `${V}/:id`, why: 'id 0', id: () => 0, field: 'id' },
  {
    method: 'PUT',
    path: `${V}/:id`,
    why: 'no version',
    id: () => visitId,
    body: () => visit(),
    field: 'version',
  },
  // review meetings (点评会)
  {
    method: 'GET',
    path: R,
    why: 'campaign id not a number',
    query: { campaignId: 'abc' },
    field: 'campaignId',
  },
  {
    method: 'POST',
    path: R,
    why: 'no title',
    body: () => review({ title: undefined }),
    field: 'title',
    label: '会议名称',
  },
  {
    method: 'POST',
    path: R,
    why: 'bad date',
    body: () => review({ heldOn: '7月1日' }),
    field: 'heldOn',
    label: '召开日期',
  },
  {
    method: 'POST',
    path: R,
    why: "another committee's unit praised",
    body: () => review({ praisedUnitIds: [env.w.unitX] }),
    field: 'praisedUnitIds',
  },
  { method: 'GET', path: `${R}/:id`, why: 'id not a number', id: () => Number.NaN, field: 'id' },
  {
    method: 'PUT',
    path: `${R}/:id`,
    why: 'no version',
    id: () => reviewId,
    body: () => review(),
    field: 'version',
  },
];

describe('bad input on the campaign, team, visit, 暗访 and review-meeting endpoints', () => {
  badInputTests(env, rows);
});
