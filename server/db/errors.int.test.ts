import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit } from '../test/factories.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';
import { isUniqueViolation } from './errors.js';

describe('isUniqueViolation', () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps();
  });
  afterAll(() => deps.cleanup());

  const failure = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error('expected the statement to fail');
  };

  it('recognises a second row with the same unique key, on this database', async () => {
    const tenantId = await buildTenant(deps.db);
    const unitId = await buildUnit(deps.db, tenantId);
    const { code } = await deps.db
      .selectFrom('units')
      .select('code')
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow();
    const error = await failure(() => buildUnit(deps.db, tenantId, { code }));
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('does not mistake other failures for one', async () => {
    const error = await failure(() =>
      deps.db
        .insertInto('units')
        .values({ tenantId: 999_999_999 } as never)
        .execute(),
    );
    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
