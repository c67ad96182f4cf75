import { Button, Flex, Input, Select } from 'antd';
import { zh } from '../../locale.js';
import { t, useAreas, useCategories } from './shared.js';

type Filters = Record<string, string | undefined>;

/** Search box and the 片区 / 考核类别 / 窗口单位 filters of the unit list (values live in the URL). */
export default function UnitFilters({
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
  const areas = useAreas();
  const categories = useCategories();
  const width = isPhone ? 'calc(50% - 4px)' : 160;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t.common.searchPlaceholder}
        allowClear
        enterButton={zh.web.common.search}
        onSearch={(q) => setFilters({ q })}
        style={{ width: isPhone ? '100%' : 280 }}
      />
      <Select
        aria-label={zh.fieldLabels.areaId}
        value={filters.areaId ? Number(filters.areaId) : undefined}
        placeholder={t.units.areaAll}
        allowClear
        style={{ width }}
        options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
        onChange={(v) => setFilters({ areaId: v ? String(v) : undefined })}
      />
      <Select
        aria-label={zh.fieldLabels.category}
        value={filters.category}
        placeholder={t.units.categoryAll}
        allowClear
        style={{ width }}
        options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
        onChange={(v) => setFilters({ category: v })}
      />
      <Select
        aria-label={zh.fieldLabels.isWindow}
        value={filters.isWindow}
        placeholder={t.units.windowAll}
        allowClear
        style={{ width }}
        options={[
          { value: 'true', label: t.units.windowOnly },
          { value: 'false', label: t.units.nonWindow },
        ]}
        onChange={(v) => setFilters({ isWindow: v })}
      />
      <Button onClick={reset} style={isPhone ? { width } : undefined}>
        {zh.web.common.reset}
      </Button>
    </Flex>
  );
}
