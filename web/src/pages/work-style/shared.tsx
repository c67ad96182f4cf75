import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, type FormInstance, Grid, Select, Space, Tag, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
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

/** A date field holding 'YYYY-MM-DD' text (the API's format), shown with the zh_CN calendar. */
export function DateInput({
  value,
  onChange,
  id,
  style,
  min,
  ...rest
}: {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  allowClear?: boolean;
  /** The earliest date that may be picked. */
  min?: string;
}) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
      format="YYYY-MM-DD"
      placeholder={w.datePlaceholder}
      style={{ width: '100%', ...style }}
      disabledDate={min ? (d) => d.format('YYYY-MM-DD') < min : undefined}
      {...rest}
    />
  );
}

/** A time field holding 'HH:MM' text. */
export function TimeInput({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  id?: string;
}) {
  return (
    <TimePicker
      id={id}
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(d) => onChange?.(d ? d.format('HH:mm') : undefined)}
      format="HH:mm"
      needConfirm={false}
      style={{ width: '100%' }}
    />
  );
}

/** Every unit of the committee (a few hundred), fetched page by page once and cached. */
export function useAllUnits() {
  return useQuery({
    queryKey: ['/api/orgs/units', 'all'],
    queryFn: async () => {
      const all: Unit[] = [];
      for (let page = 1; ; page++) {
        const res = await api.get<Page<Unit>>('/api/orgs/units', { page, pageSize: 200, sort: 'sort' });
        all.push(...res.items);
        if (all.length >= res.total || !res.items.length) return all;
      }
    },
    staleTime: 60_000,
  });
}

/** Several units: type to filter, or take all of them at once (参加活动单位, 表扬/批评单位). */
export function UnitsSelect({
  value = [],
  onChange,
  id,
  withAll,
}: {
  value?: number[];
  onChange?: (v: number[]) => void;
  id?: string;
  withAll?: boolean;
}) {
  const units = useAllUnits();
  const options = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        id={id}
        mode="multiple"
        value={value}
        onChange={(v) => onChange?.(v)}
        options={options}
        loading={units.isLoading}
        placeholder={w.searchUnits}
        optionFilterProp="label"
        maxTagCount="responsive"
        allowClear
      />
      {withAll && (
        <Space wrap>
          <Button size="small" onClick={() => onChange?.(options.map((o) => o.value))}>
            {w.allUnits}
          </Button>
          <Button size="small" onClick={() => onChange?.([])}>
            {w.clearUnits}
          </Button>
          <span>{w.unitsSelected(value.length)}</span>
        </Space>
      )}
    </Space>
  );
}

/**
 * The form as useFormSubmit sees it, with server field paths such as `phases.1.key` turned into
 * the numeric list indexes the form uses, so errors inside lists land on their fields.
 */
export function useListAwareForm(form: FormInstance): FormInstance {
  return useMemo(
    () => ({
      ...form,
      setFields: (fields) =>
        form.setFields(
          fields.map((field) => ({
            ...field,
            name: (Array.isArray(field.name) ? field.name : [field.name]).map((n) =>
              typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : n,
            ),
          })),
        ),
    }),
    [form],
  );
}

/** Paging for a phone card list fed by useListQuery (the table's paging, without the size changer). */
export function phonePaging(tableProps: {
  pagination: { current: number; pageSize: number; total: number };
  onChange?: (...args: never[]) => void;
}) {
  const { current, pageSize, total } = tableProps.pagination;
  if (total <= pageSize) return undefined;
  return {
    current,
    pageSize,
    total,
    simple: true,
    align: 'center' as const,
    onChange: (page: number) =>
      (tableProps.onChange as unknown as (p: { current: number; pageSize: number }) => void)?.({
        current: page,
        pageSize,
      }),
  };
}
