import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AuditFacets } from '../../../../common/audit.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import { filterWidth } from '../system/shared.js';
import { actionName, t } from './shared.js';

type Filters = Record<string, string | undefined>;

/** A picked wall-clock minute in Asia/Shanghai, as an ISO instant with the +08:00 offset. */
const shanghaiIso = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
const fromIso = (iso?: string) => (iso ? dayjs(iso.slice(0, 16)) : null);

/** Time range (Asia/Shanghai), action, actor, result and keyword filters of the audit log. */
export default function AuditFilters({
  filters,
  setFilters,
  reset,
  isPhone,
}: {
  filters: Filters;
  setFilters: (next: Filters) => void;
  reset: () => void;
  isPhone: boolean;
}) {
  const facets = useQuery({
    queryKey: ['/api/audit/facets'],
    queryFn: () => api.get<AuditFacets>('/api/audit/facets'),
  });
  // The end of the range is inclusive to the minute picked; the server's `to` is exclusive.
  const to = filters.to ? dayjs(filters.to.slice(0, 16)).subtract(1, 'minute') : null;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <DatePicker.RangePicker
        aria-label={t.timeRange}
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        value={[fromIso(filters.from), to]}
        style={{ width: isPhone ? '100%' : 340 }}
        onChange={(range) =>
          setFilters({
            from: range?.[0] ? shanghaiIso(range[0]) : undefined,
            to: range?.[1] ? shanghaiIso(range[1].add(1, 'minute')) : undefined,
          })
        }
      />
      <Select
        aria-label={t.action}
        placeholder={t.action}
        value={filters.action}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: filterWidth(isPhone, 180) }}
        options={(facets.data?.actions ?? []).map((a) => ({ value: a, label: actionName(a) }))}
        onChange={(action) => setFilters({ action })}
      />
      <Select
        aria-label={t.actor}
        placeholder={t.actor}
        value={filters.actorId ? Number(filters.actorId) : undefined}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: filterWidth(isPhone, 160) }}
        options={(facets.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name }))}
        onChange={(v) => setFilters({ actorId: v ? String(v) : undefined })}
      />
      <Select
        aria-label={t.result}
        placeholder={t.result}
        value={filters.result}
        allowClear
        style={{ width: filterWidth(isPhone, 110) }}
        options={Object.entries(zh.audit.results).map(([value, label]) => ({ value, label }))}
        onChange={(result) => setFilters({ result })}
      />
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t.keyword}
        allowClear
        enterButton={zh.web.common.search}
        onSearch={(q) => setFilters({ q })}
        style={{ width: isPhone ? '100%' : 280 }}
      />
      <Button onClick={reset}>{zh.web.common.reset}</Button>
    </Flex>
  );
}
