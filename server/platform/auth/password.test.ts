import { describe, expect, it } from 'vitest';
import { zh } from '../../../common/locale/index.js';
import { loadConfig } from '../../config.js';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './password.js';

const policy = loadConfig({}, []).passwordPolicy;

describe('password policy (等保 defaults)', () => {
  it('accepts a long password with three character classes', () => {
    expect(checkPasswordPolicy('Yunzhou-2010', policy)).toBeNull();
    expect(checkPasswordPolicy('yunzhou#2010', policy)).toBeNull();
  });
  it('refuses passwords shorter than the minimum', () => {
    expect(checkPasswordPolicy('Ab1!x', policy)).toBe(zh.auth.passwordTooShort(8));
  });
  it('allows at least 64 characters and refuses beyond the maximum', () => {
    expect(checkPasswordPolicy(`Aa1!${'x'.repeat(60)}`, policy)).toBeNull();
    expect(checkPasswordPolicy(`Aa1!${'x'.repeat(200)}`, policy)).toBe(
      zh.auth.passwordTooLong(policy.maxLength),
    );
  });
  it('needs 3 of 4 character classes', () => {
    expect(checkPasswordPolicy('abcdefgh12', policy)).toBe(zh.auth.passwordClasses(3));
    expect(checkPasswordPolicy('ABCDEFGHij', policy)).toBe(zh.auth.passwordClasses(3));
  });
  it('refuses the most common passwords, in any case', () => {
    expect(checkPasswordPolicy('P@ssw0rd', policy)).toBe(zh.auth.passwordCommon);
    expect(checkPasswordPolicy('Admin@123', policy)).toBe(zh.auth.passwordCommon);
    expect(checkPasswordPolicy('ADMIN@123', { ...policy, minClasses: 2 })).toBe(zh.auth.passwordCommon);
  });
  it('refuses a password that contains the username', () => {
    expect(checkPasswordPolicy('Xx-zhangsan-9', policy, 'zhangsan')).toBe(zh.auth.passwordContainsUsername);
  });
  it('follows a configured policy', () => {
    expect(checkPasswordPolicy('abcdefghijkl', { ...policy, minClasses: 1 })).toBeNull();
    expect(checkPasswordPolicy('Aa1!Aa1!Aa1', { ...policy, minLength: 12 })).toBe(
      zh.auth.passwordTooShort(12),
    );
  });
});

describe('generated passwords', () => {
  it('always meet the default policy and differ from each other', () => {
    const made = Array.from({ length: 200 }, () => generatePassword());
    for (const p of made) expect(checkPasswordPolicy(p, policy), p).toBeNull();
    expect(new Set(made).size).toBe(made.length);
    expect(generatePassword(20)).toHaveLength(20);
  });
});

describe('hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Yunzhou-2010');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'Yunzhou-2010')).toBe(true);
    expect(await verifyPassword(hash, 'Yunzhou-2011')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
