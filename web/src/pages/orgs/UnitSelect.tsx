import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../../common/orgs.js';
import { api, type Page } from '../../api.js';
import { zh } from '../../locale.js';
import { t } from './shared.js';

/** A unit picker that searches the server (the committee may have hundreds of units). */
export default function UnitSelect({
  value,
  onChange,
  style,
}: {
  value?: number;
  onChange: (id: number | undefined) => void;
  style?: React.CSSProperties;
}) {
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['/api/orgs/units', { q, pageSize: 50, sort: 'name' }],
    queryFn: () => api.get<Page<Unit>>('/api/orgs/units', { q, pageSize: 50, sort: 'name' }),
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
      aria-label={zh.fieldLabels.unitId}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      allowClear
      placeholder={t.partyOrgs.unitAll}
      style={style}
      options={options}
      loading={units.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={t.partyOrgs.unitSearch}
    />
  );
}
