import { Button, Flex, Input, Select } from 'antd';
import { ROLES } from '../../../../common/roles.js';
import { zh } from '../../locale.js';
import { filterWidth, roleName, t, useBindingOptions } from './shared.js';

type Filters = Record<string, string | undefined>;

/** Keyword, role, unit, department and status filters of the account list (values live in the URL). */
export default function AccountFilters({
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
  const options = useBindingOptions();
  const num = (v?: string) => (v ? Number(v) : undefined);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t.filters.keyword}
        allowClear
        enterButton={zh.web.common.search}
        onSearch={(q) => setFilters({ q })}
        style={{ width: isPhone ? '100%' : 260 }}
      />
      <Select
        aria-label={t.filters.role}
        placeholder={t.filters.role}
        value={filters.role}
        allowClear
        style={{ width: filterWidth(isPhone, 170) }}
        options={[
          ...ROLES.map((r) => ({ value: r, label: roleName(r) })),
          { value: 'none', label: t.filters.noRole },
        ]}
        onChange={(role) => setFilters({ role })}
      />
      <Select
        aria-label={t.filters.unit}
        placeholder={t.filters.unit}
        value={num(filters.unitId)}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: filterWidth(isPhone, 220) }}
        options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        onChange={(v) => setFilters({ unitId: v ? String(v) : undefined })}
      />
      <Select
        aria-label={t.filters.department}
        placeholder={t.filters.department}
        value={num(filters.departmentId)}
        allowClear
        style={{ width: filterWidth(isPhone, 170) }}
        options={(options.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        onChange={(v) => setFilters({ departmentId: v ? String(v) : undefined })}
      />
      <Select
        aria-label={t.filters.status}
        placeholder={t.filters.status}
        value={filters.disabled}
        allowClear
        style={{ width: filterWidth(isPhone, 120) }}
        options={[
          { value: 'false', label: t.status.enabled },
          { value: 'true', label: t.status.disabled },
        ]}
        onChange={(disabled) => setFilters({ disabled })}
      />
      <Button onClick={reset}>{zh.web.common.reset}</Button>
    </Flex>
  );
}
