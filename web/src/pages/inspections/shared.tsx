import { useQuery } from '@tanstack/react-query';
import { Grid, Tag } from 'antd';
import type { PlanDetail, SessionState } from '../../../../common/inspections.js';
import { inspectionsFields } from '../../../../common/locale/zh-CN/inspections.js';
import type { Area, Unit } from '../../../../common/orgs.js';
import { api, type Page } from '../../api.js';
import { zh } from '../../locale.js';

export const t = zh.inspections;
export const w = zh.inspections.web;
/** Field labels: this module's own first, so another module's label for the same field name never shows here. */
export const f: Record<string, string> = { ...zh.fieldLabels, ...inspectionsFields };

/** An instant shown as our users read it: Beijing time, `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
export function beijing(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const local = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return withTime ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(0, 10);
}

export function useIsPhone() {
  return !Grid.useBreakpoint().md;
}

const STATE_COLORS: Record<SessionState, string> = {
  planned: 'default',
  studyPlanDue: 'gold',
  studyPlanMissing: 'red',
  studyPlanReturned: 'orange',
  studyPlanSubmitted: 'blue',
  studyPlanAccepted: 'cyan',
  recordDraft: 'purple',
  inspected: 'green',
};

export function StateTag({ state }: { state: SessionState }) {
  return <Tag color={STATE_COLORS[state]}>{t.states[state]}</Tag>;
}

export function LateTag({ late }: { late: boolean | null }) {
  if (late === null) return null;
  return late ? <Tag color="red">{w.late}</Tag> : <Tag color="green">{w.onTime}</Tag>;
}

export interface PlanSummary {
  id: number;
  year: number;
  title: string;
  docPrefix: string;
  docNo: string | null;
  status: 'draft' | 'issued';
  issuedOn: string | null;
  unitCount: number;
  version: number;
}

export function usePlans() {
  return useQuery({
    queryKey: ['/api/inspections/plans'],
    queryFn: () => api.get<PlanSummary[]>('/api/inspections/plans'),
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: ['/api/inspections/plans', id],
    queryFn: () => api.get<PlanDetail>(`/api/inspections/plans/${id}`),
    enabled: !!id,
  });
}

export function useAreas() {
  return useQuery({ queryKey: ['/api/orgs/areas'], queryFn: () => api.get<Area[]>('/api/orgs/areas') });
}

/** Every unit the caller may see (pages of 200), for the plan editor's picker. */
export function useAllUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['inspections', 'all-units'],
    enabled,
    queryFn: async () => {
      const out: Unit[] = [];
      for (let page = 1; ; page++) {
        const res = await api.get<Page<Unit>>('/api/orgs/units', { page, pageSize: 200 });
        out.push(...res.items);
        if (out.length >= res.total || res.items.length === 0) return out;
      }
    },
  });
}

export const MONTHS = Array.from({ length: 12 }, (_v, i) => i + 1);
export const monthOptions = MONTHS.map((m) => ({ value: m, label: w.monthOf(m) }));
export const gradeOptions = Object.entries(t.grades).map(([value, label]) => ({ value, label }));
export const categoryOptions = Object.entries(t.categories).map(([value, label]) => ({ value, label }));

/** The required rule with the same words the server uses ("不能为空"). */
export const required = { required: true, message: '不能为空' };
