import { useQuery } from '@tanstack/react-query';
import { type FormRule, Grid } from 'antd';
import type { z } from 'zod';
import type { BindingOptions } from '../../../../common/users.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';

export const t = zh.users;

export function useIsPhone() {
  return !Grid.useBreakpoint().md;
}

/** Unit and department names for the binding pickers and filters. */
export function useBindingOptions() {
  return useQuery({
    queryKey: ['/api/users/options'],
    queryFn: () => api.get<BindingOptions>('/api/users/options'),
    staleTime: 60_000,
  });
}

export const roleName = (role: string) => zh.roles[role] ?? role;

/** Form.Item rules from the zod schema the server validates with ('' / null count as absent). */
export function zodItem(schema: z.ZodType): { rules: FormRule[]; required: boolean } {
  const required = !schema.safeParse(undefined).success;
  return {
    required,
    rules: [
      {
        validator: async (_rule, value) => {
          const result = schema.safeParse(value === null || value === '' ? undefined : value);
          if (!result.success) throw new Error(result.error.issues[0]?.message);
        },
      },
    ],
  };
}

/** An instant as a Shanghai wall-clock time, the way our users read it. */
export function shanghaiTime(iso: string) {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  })
    .format(new Date(iso))
    .replaceAll('/', '-');
}

/** The Shanghai calendar day of an instant (YYYY-MM-DD). */
export const shanghaiDay = (iso: string) => shanghaiTime(iso).slice(0, 10);

/** Filter controls: a fixed width on desktop, two per row on a phone. */
export const filterWidth = (isPhone: boolean, desktop: number) => (isPhone ? 'calc(50% - 4px)' : desktop);
