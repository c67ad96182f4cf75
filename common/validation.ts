import { z } from 'zod';

/**
 * Chinese messages for the checks our schemas use, shared by the server (400 bodies) and the
 * web forms, so that a form says exactly what the server would.
 */
export const zhErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '不能为空';
      return issue.expected === 'number' || issue.expected === 'int' ? '须为数字' : '格式不正确';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空' : `至少${issue.minimum}个字符`;
      if (issue.origin === 'array') return `至少选择${issue.minimum}项`;
      return `不能小于${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字符`;
      if (issue.origin === 'array') return `最多${issue.maximum}项`;
      return `不能大于${issue.maximum}`;
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'unrecognized_keys':
      return `包含未知字段：${issue.keys.join('、')}`;
    case 'not_multiple_of':
      return '须为整数';
    default:
      return undefined;
  }
};

z.config({ customError: zhErrorMap });

/** Building blocks reused by every module's schemas. */
/** The largest value of an integer column on both databases (PostgreSQL integer is 32-bit). */
export const MAX_DB_INT = 2_147_483_647;
export const id = z.coerce.number().int().positive().max(MAX_DB_INT);
/** A calendar date YYYY-MM-DD that exists (2009-02-30 is refused, not rolled over to March). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期无效');
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确')
  .nullish()
  .or(z.literal('').transform(() => null));

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** An optimistic-locking version as the client sends it back (bounded like every integer column). */
export const dbVersion = z.number().int().positive().max(MAX_DB_INT);
export const versionBody = { version: dbVersion };
