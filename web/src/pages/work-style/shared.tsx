import { useQuery } from '@tanstack/react-query';
import { Grid, Select, Tag } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../../common/campaigns.js';
import type { Unit } from '../../../../common/orgs.js';
import type { Problem } from '../../../../common/problems.js';
import { api, type Page } from '../../api.js';
import { zh } from '../../locale.js';

export const ws = zh.workStyle;
export const w = zh.workStyle.web;
export const f = zh.fieldLabels;

export function useIsPhone() {
  return !Grid.useBreakpoint().md;
}

const STATUS_COLORS: Record<string, string> = {
  registered: 'default',
  fed_back: 'orange',
  measures_submitted: 'blue',
  in_progress: 'processing',
  verification_requested: 'purple',
  returned: 'magenta',
  verified: 'cyan',
  closed: 'green',
};

export function StatusTag({ p }: { p: Pick<Problem, 'status' | 'overdue'> }) {
  return (
    <span>
      <Tag color={STATUS_COLORS[p.status]}>{ws.statuses[p.status]}</Tag>
      {p.overdue && <Tag color="red">{ws.overdue}</Tag>}
    </span>
  );
}

export function useCampaigns() {
  return useQuery({
    queryKey: ['/api/work-style/campaigns', 'all'],
    queryFn: () => api.get<Page<Campaign>>('/api/work-style/campaigns', { pageSize: 200 }),
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['/api/problems/categories'],
    queryFn: () => api.get<string[]>('/api/problems/categories'),
  });
}

/** A unit picker that searches the server; `windowOnly` for 暗访 (窗口单位). */
export function UnitPicker({
  value,
  onChange,
  windowOnly,
  id,
}: {
  value?: number;
  onChange?: (v: number | undefined) => void;
  windowOnly?: boolean;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const query = { q, pageSize: 50, sort: 'name', isWindow: windowOnly ? 'true' : undefined };
  const units = useQuery({
    queryKey: ['/api/orgs/units', query],
    queryFn: () => api.get<Page<Unit>>('/api/orgs/units', query),
  });
  const picked = useQuery({
    queryKey: ['unit', value],
    queryFn: () => api.get<Unit>(`/api/orgs/units/${value}`),
    enabled: !!value,
  });
  const options = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (picked.data && !options.some((o) => o.value === picked.data.id))
    options.unshift({ value: picked.data.id, label: picked.data.name });
  return (
    <Select
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      placeholder={w.pickUnit}
      options={options}
      loading={units.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={w.searchUnit}
    />
  );
}

export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
