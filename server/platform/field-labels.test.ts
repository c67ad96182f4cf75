import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { labelFromSchema } from './field-labels.js';

describe('labelFromSchema', () => {
  const schema = z.object({
    description: z.string().min(1).meta({ title: '问题描述' }),
    note: z.string().optional().describe('备注说明'),
    name: z.string(),
    measures: z.array(z.object({ content: z.string().meta({ title: '整改措施' }) })),
    deadline: z
      .string()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ title: '整改时限' }),
  });

  it("prefers the schema's own title, through wrappers and arrays", () => {
    expect(labelFromSchema(schema, 'description')).toBe('问题描述');
    expect(labelFromSchema(schema, 'note')).toBe('备注说明');
    expect(labelFromSchema(schema, 'measures.0.content')).toBe('整改措施');
    expect(labelFromSchema(schema, 'deadline')).toBe('整改时限');
  });

  it('falls back to the shared label table, then to the field name', () => {
    expect(labelFromSchema(schema, 'name')).toBe('名称');
    expect(labelFromSchema(schema, 'unknownField')).toBe('unknownField');
    expect(labelFromSchema(undefined, 'username')).toBe('用户名');
  });
});
