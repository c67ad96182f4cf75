import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../common/validation.js';

describe('the Chinese error map', () => {
  // The web no longer loads common/validation.ts at start-up (it keeps zod off the first screen), so
  // every schema module must install the map itself before a form can parse with it.
  it('is installed by every common module that builds zod schemas', () => {
    const root = path.resolve(import.meta.dirname, '../../common');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'validation.ts');
    const missing = files.filter((f) => {
      const src = fs.readFileSync(path.join(root, f), 'utf8');
      return /^import \{[^}]*\bz\b[^}]*\} from 'zod';/m.test(src) && !/validation\.js';/.test(src);
    });
    expect(missing).toEqual([]);
  });

  it('answers in Chinese once a schema module is loaded', () => {
    expect(z.string().min(1).safeParse('').error?.issues[0].message).toBe('不能为空');
  });
});
