import type { FormRule as Rule } from 'antd';
import type { z } from 'zod';
import '../../../common/validation.js';

/**
 * antd Form.Item props (rules + required mark) from the zod schema the server validates with,
 * so the form says exactly what the server would. Empty inputs ('' / null) count as absent.
 */
export function zodItem(schema: z.ZodType): { rules: Rule[]; required: boolean } {
  const required = !schema.safeParse(undefined).success;
  return {
    required,
    rules: [
      {
        validator: async (_rule, value) => {
          const input = value === null || value === '' ? undefined : value;
          const result = schema.safeParse(input);
          if (!result.success) throw new Error(result.error.issues[0]?.message);
        },
      },
    ],
  };
}
