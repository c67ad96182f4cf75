import { describe, expect, it } from 'vitest';
import { isoDate } from './validation.js';

describe('isoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const d of ['2010-06-30', '2012-02-29', '2010-12-31'])
      expect(isoDate.safeParse(d).success, d).toBe(true);
  });

  it('refuses dates that do not exist instead of rolling them over, and other formats', () => {
    for (const d of ['2009-02-30', '2010-02-29', '2010-13-01', '2010-6-30', '2010/06/30', '']) {
      expect(isoDate.safeParse(d).success, d).toBe(false);
    }
  });
});
