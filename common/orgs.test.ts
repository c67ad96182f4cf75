import { describe, expect, it } from 'vitest';
import { addMonths, importQuery, partyOrgInput, termWarningOf, unitInput } from './orgs.js';

describe('addMonths', () => {
  it('moves across months and years', () => {
    expect(addMonths('2010-01-15', 1)).toBe('2010-02-15');
    expect(addMonths('2010-11-30', 2)).toBe('2011-01-30');
    expect(addMonths('2010-06-30', 6)).toBe('2010-12-30');
    expect(addMonths('2010-03-31', -1)).toBe('2010-02-28');
    expect(addMonths('2010-01-31', -13)).toBe('2008-12-31');
  });
  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2010-01-31', 1)).toBe('2010-02-28');
    expect(addMonths('2012-01-31', 1)).toBe('2012-02-29');
    expect(addMonths('2011-08-31', 6)).toBe('2012-02-29');
    expect(addMonths('2010-05-31', 1)).toBe('2010-06-30');
  });
  it('is the identity for 0 months', () => {
    expect(addMonths('2010-07-01', 0)).toBe('2010-07-01');
  });
});

describe('termWarningOf', () => {
  const today = '2010-06-30';
  it('says none without a term end or when the end is more than 6 months away', () => {
    expect(termWarningOf(null, today)).toBe('none');
    expect(termWarningOf('2011-01-01', today)).toBe('none');
  });
  it('warns of a term ending within 6 months, the boundary day included', () => {
    expect(termWarningOf('2010-12-30', today)).toBe('ending');
    expect(termWarningOf('2010-12-31', today)).toBe('none');
    expect(termWarningOf('2010-06-30', today)).toBe('ending');
    expect(termWarningOf('2010-07-01', today)).toBe('ending');
  });
  it('says ended for a term end before today', () => {
    expect(termWarningOf('2010-06-29', today)).toBe('ended');
  });
  it('takes a custom window', () => {
    expect(termWarningOf('2010-08-15', today, 1)).toBe('none');
    expect(termWarningOf('2010-07-30', today, 1)).toBe('ending');
  });
});

describe('orgs schemas', () => {
  it('unit codes allow letters, digits, _ and - only', () => {
    const base = { name: '某局', category: '综合管理部门' };
    expect(unitInput.safeParse({ ...base, code: 'YZ-001_a' }).success).toBe(true);
    expect(unitInput.safeParse({ ...base, code: 'YZ 001' }).success).toBe(false);
    expect(unitInput.safeParse({ ...base, code: '单位' }).success).toBe(false);
  });
  it('party organisations: empty optional text becomes null, an unknown type is refused', () => {
    const ok = partyOrgInput.parse({ unitId: 1, name: ' 支部 ', type: 'branch', secretary: '', phone: '' });
    expect(ok).toMatchObject({ name: '支部', secretary: null, phone: null, memberCount: 0, parentId: null });
    expect(partyOrgInput.safeParse({ unitId: 1, name: '支部', type: 'cell' }).success).toBe(false);
  });
  it('an import is a dry run unless said otherwise', () => {
    expect(importQuery.parse({})).toEqual({ dryRun: 'true' });
    expect(importQuery.safeParse({ dryRun: 'yes' }).success).toBe(false);
  });
});
