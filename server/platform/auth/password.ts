import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { zh } from '../../../common/locale/index.js';
import type { PasswordPolicy } from '../../config.js';

// argon2id with OWASP's minimum parameters; @node-rs/argon2 hashes on its own thread pool,
// so the event loop keeps serving other requests while a login is being checked.
// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

/** A hash of a random string, verified against when the user does not exist, so both paths cost the same. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummyHash;
}

// The most common passwords of public breach lists (top entries that meet length 8).
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  'password',
  'password1',
  'password123',
  'qwertyuiop',
  'qwerty123',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '87654321',
  'iloveyou',
  'abc12345',
  'abcd1234',
  'a1234567',
  'admin123',
  'admin@123',
  'Admin@123',
  'Admin123',
  'P@ssw0rd',
  'Passw0rd',
  'Password1',
  'Password123',
  'Password@123',
  'Qwer1234',
  'qwer1234',
  '1qaz2wsx',
  '1qaz@WSX',
  '1q2w3e4r',
  'Aa123456',
  'aa123456',
  'Abc@1234',
  'Abc12345',
  'woaini1314',
  'zxcvbnm123',
  'Welcome1',
  'welcome123',
  'Huawei@123',
  'Root@123',
  'Test@123',
  'test1234',
  'Sunshine1',
  'letmein1',
  'football1',
  'baseball1',
  'trustno1',
  'Zaq12wsx',
]);

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Returns the first rule the password breaks, in Chinese, or null when it is acceptable. */
export function checkPasswordPolicy(plain: string, policy: PasswordPolicy, username?: string): string | null {
  if (plain.length < policy.minLength) return zh.auth.passwordTooShort(policy.minLength);
  if (plain.length > policy.maxLength) return zh.auth.passwordTooLong(policy.maxLength);
  const classes = CLASSES.filter((re) => re.test(plain)).length;
  if (classes < policy.minClasses) return zh.auth.passwordClasses(policy.minClasses);
  if (COMMON.has(plain) || COMMON.has(plain.toLowerCase())) return zh.auth.passwordCommon;
  if (username && username.length >= 3 && plain.toLowerCase().includes(username.toLowerCase())) {
    return zh.auth.passwordContainsUsername;
  }
  return null;
}

/** A password that satisfies the default policy, for generated (demo, init) accounts. */
export function generatePassword(length = 14): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '@#%+=!'];
  const all = sets.join('');
  // One character of each class, the rest from all of them, then shuffled.
  const chars = [
    ...sets.map((set) => set[randomInt(set.length)]),
    ...Array.from({ length: length - sets.length }, () => all[randomInt(all.length)]),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
