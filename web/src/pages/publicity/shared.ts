import { useQuery } from '@tanstack/react-query';
import { Grid } from 'antd';
import type { Series } from '../../../../common/publications.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';

export const p = zh.publications;
export const ui = zh.publications.ui;
export const common = zh.web.common;

export function useIsPhone() {
  return Grid.useBreakpoint().md === false;
}

export function useSeries() {
  return useQuery({
    queryKey: ['/api/publications/series'],
    queryFn: () => api.get<Series[]>('/api/publications/series'),
  });
}

/** 第N期 / 增刊第N期 / （印发时编号）, with 总第N期 when the series keeps one. */
export function issueText(b: {
  isSupplement: boolean;
  number: number | null;
  totalNumber: number | null;
  year: number | null;
}) {
  if (b.number === null) return ui.unnumbered;
  const n = b.isSupplement ? p.supplementNumber(b.number) : p.issueNumber(b.number);
  const total = b.totalNumber ? `（${p.totalNumber(b.totalNumber)}）` : '';
  return `${b.year ? p.yearIssue(b.year, n) : n}${total}`;
}

export const statusColor: Record<string, string> = { draft: 'default', review: 'orange', published: 'green' };
