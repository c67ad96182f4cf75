import { useQuery } from '@tanstack/react-query';
import { Grid } from 'antd';
import type { SchemeDetail } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';

export const A = zh.assessments;
export const W = zh.assessments.web;

export function useScheme(id: number) {
  return useQuery({
    queryKey: ['assessment', id],
    queryFn: () => api.get<SchemeDetail>(`/api/assessments/schemes/${id}`),
  });
}

export function useIsPhone() {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}

export const statusColor: Record<string, string> = {
  draft: 'default',
  scoring: 'processing',
  published: 'success',
  nominated: 'gold',
  publicity: 'processing',
  final: 'success',
  rejected: 'red',
  withdrawn: 'default',
};

/** Where a source record opens in the web (types other modules add map here too). */
export function sourceLink(type: string, id: number): string | null {
  if (type === 'party_org') return '/orgs/party-orgs';
  if (type === 'problem') return `/work-style/problems/${id}`;
  if (type === 'inspection_session') return `/inspections/sessions/${id}`;
  if (type === 'task_slot') return `/tasks/slots/${id}`;
  if (type === 'reading_activity') return '/learning/activities';
  return null;
}

export function fmtDate(iso: string | null) {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
