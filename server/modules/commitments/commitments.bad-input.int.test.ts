import { beforeAll, describe } from 'vitest';
import { type BadInput, badInputTests, ok, workStyleEnv } from '../problems/test-kit.js';

/** Public commitments and their follow-up checks: every endpoint refuses bad input with 400. */
const env = workStyleEnv();
const c = env.c;
let commitmentId = 0;

const commitment = (over: Record<string, unknown> = {}) => ({
  unitId: env.w.unitA1,
  medium: 'tv',
  committedOn: '2010-05-20',
  items: ['办事不超过三个工作日', '首问负责'],
  isPublic: true,
  ...over,
});
const check = (over: Record<string, unknown> = {}) => ({
  checkedOn: '2010-06-08',
  results: [{ kept: true }, { kept: false, note: '仍有超时' }],
  ...over,
});

beforeAll(async () => {
  commitmentId = ok(await c.staff.post('/api/commitments', commitment())).id;
});

const P = '/api/commitments';
const id = () => commitmentId;
const rows: BadInput[] = [
  { method: 'GET', path: P, why: 'unknown medium', query: { medium: 'radio' }, field: 'medium' },
  { method: 'GET', path: P, why: 'bad period end', query: { to: '2010-6-1' }, field: 'to' },
  {
    method: 'POST',
    path: P,
    why: 'no items',
    body: () => commitment({ items: [] }),
    field: 'items',
    label: '承诺事项',
  },
  {
    method: 'POST',
    path: P,
    why: 'an empty item',
    body: () => commitment({ items: ['首问负责', ''] }),
    field: 'items.1',
    label: '承诺事项',
  },
  {
    method: 'POST',
    path: P,
    why: 'unknown medium',
    body: () => commitment({ medium: 'radio' }),
    field: 'medium',
  },
  {
    method: 'POST',
    path: P,
    why: "another committee's unit",
    body: () => commitment({ unitId: env.w.unitX }),
    field: 'unitId',
    // Raised by the service, named by the schema's title like the schema's own checks.
    label: '承诺单位',
  },
  {
    method: 'POST',
    path: P,
    why: 'unit missing',
    body: () => commitment({ unitId: undefined }),
    field: 'unitId',
    label: '承诺单位',
  },
  {
    method: 'POST',
    path: P,
    why: 'public flag as text',
    body: () => commitment({ isPublic: '是' }),
    field: 'isPublic',
    label: '向社会公开',
  },
  {
    method: 'POST',
    path: P,
    why: 'bad date',
    body: () => commitment({ committedOn: '2010-02-29' }),
    field: 'committedOn',
  },
  {
    method: 'POST',
    path: P,
    why: 'campaign does not exist',
    body: () => commitment({ campaignId: 999999 }),
    field: 'campaignId',
  },
  { method: 'GET', path: `${P}/:id`, why: 'id not a number', id: () => Number.NaN, field: 'id' },
  { method: 'PUT', path: `${P}/:id`, why: 'no version', id, body: () => commitment(), field: 'version' },
  {
    method: 'POST',
    path: `${P}/:id/checks`,
    why: 'no results',
    id,
    body: () => check({ results: [] }),
    field: 'results',
  },
  {
    method: 'POST',
    path: `${P}/:id/checks`,
    why: 'one result for two items',
    id,
    body: () => check({ results: [{ kept: true }] }),
    field: 'results',
  },
  {
    method: 'POST',
    path: `${P}/:id/checks`,
    why: 'kept missing',
    id,
    body: () => check({ results: [{ kept: true }, { note: '未检查' }] }),
    field: 'results.1.kept',
  },
  {
    method: 'POST',
    path: `${P}/:id/checks`,
    why: 'bad date',
    id,
    body: () => check({ checkedOn: '昨天' }),
    field: 'checkedOn',
  },
];

describe('bad input on the commitment and commitment-check endpoints', () => {
  badInputTests(env, rows);
});
