import { useQuery } from '@tanstack/react-query';
import { Grid } from 'antd';
import type { Book } from '../../../../common/learning.js';
import type { UnitOption } from '../../../../common/orgs.js';
import { api, type Page } from '../../api.js';
import { zh } from '../../locale.js';

export const t = zh.learning;
export const ui = zh.learning.ui;
export const common = zh.web.common;

export function useIsPhone() {
  return Grid.useBreakpoint().md === false;
}

export const options = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }));

/** Units the caller reaches (a unit admin: its own), for pickers — every one of them, not a first page. */
export function useUnitOptions() {
  const q = useQuery({
    queryKey: ['/api/orgs/unit-options', 'picker'],
    queryFn: () => api.get<UnitOption[]>('/api/orgs/unit-options', { limit: 2000 }),
  });
  return { ...q, options: (q.data ?? []).map((u) => ({ value: u.id, label: u.name })) };
}

export function useBookOptions() {
  const q = useQuery({
    queryKey: ['/api/learning/books', 'picker'],
    queryFn: () => api.get<Page<Book>>('/api/learning/books', { pageSize: 200, sort: 'title' }),
  });
  return { ...q, options: (q.data?.items ?? []).map((b) => ({ value: b.id, label: `《${b.title}》` })) };
}

/** The first and last day of the current half-year (the period the committee reports on). */
export function currentHalf(today = new Date()): { from: string; to: string } {
  const y = today.getFullYear();
  return today.getMonth() < 6
    ? { from: `${y}-01-01`, to: `${y}-06-30` }
    : { from: `${y}-07-01`, to: `${y}-12-31` };
}
