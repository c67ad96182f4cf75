import { describe, expect, it } from 'vitest';
import '../../../common/validation.js';
import { partyOrgInput, unitInput } from '../../../common/orgs.js';
import { zodItem } from './zodRules.js';

async function messageOf(item: ReturnType<typeof zodItem>, value: unknown) {
  const rule = item.rules[0] as { validator: (r: unknown, v: unknown) => Promise<void> };
  try {
    await rule.validator({}, value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('form rules from the API schemas', () => {
  it('marks required fields and says what the server says', async () => {
    const code = zodItem(unitInput.shape.code);
    expect(code.required).toBe(true);
    expect(await messageOf(code, '')).toBe('不能为空');
    expect(await messageOf(code, 'A B')).toBe('只能包含字母、数字、下划线和连字符');
    expect(await messageOf(code, 'YZ-001')).toBeNull();
  });

  it('treats empty optional inputs as absent and checks their format when filled', async () => {
    const phone = zodItem(unitInput.shape.phone);
    expect(phone.required).toBe(false);
    expect(await messageOf(phone, '')).toBeNull();
    expect(await messageOf(phone, null)).toBeNull();
    expect(await messageOf(phone, 'abc')).toBe('电话号码格式不正确');
    const termEnd = zodItem(partyOrgInput.shape.termEnd);
    expect(await messageOf(termEnd, '2026-13-45')).toBe('日期无效');
    expect(await messageOf(termEnd, '2026-06-30')).toBeNull();
  });

  it('checks limits of numbers and lengths', async () => {
    expect(await messageOf(zodItem(partyOrgInput.shape.memberCount), -1)).toBe('不能小于0');
    expect(await messageOf(zodItem(unitInput.shape.name), 'x'.repeat(101))).toBe('不能超过100个字符');
    expect(zodItem(partyOrgInput.shape.type).required).toBe(true);
  });
});
