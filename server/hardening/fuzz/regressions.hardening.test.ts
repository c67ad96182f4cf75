import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../kit.js';
import { type MatrixApp, startMatrixApp } from '../matrix/kit.js';

/**
 * Inputs the fuzzer found that answered 5xx, kept as regressions. PostgreSQL's integer columns end
 * at 2^31−1 while zod's int() accepts every safe integer up to 2^53−1: an id or version between the
 * two reached the database and failed with "value out of range for type integer" (500).
 */
const BIG = 9007199254740991;
describe.each(DIALECTS)('fuzz regressions (%s)', (dialect) => {
  let m: MatrixApp;
  beforeAll(async () => {
    m = await startMatrixApp(dialect);
  });
  afterAll(async () => m?.close());

  it('an id beyond the database integer range is refused as bad input, not a 500', async () => {
    for (const id of [2147483648, BIG]) {
      const res = await m.call('staff', 'GET', `/api/orgs/units/${id}`);
      expect(res.statusCode).toBe(400);
    }
  });

  it('a version beyond the database integer range is refused as bad input, not a 500', async () => {
    const res = await m.call('staff', 'POST', '/api/publications/briefings/1/submit', { version: BIG });
    expect([400, 404]).toContain(res.statusCode);
  });
});
