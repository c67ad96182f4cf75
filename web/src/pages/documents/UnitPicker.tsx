import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Typography } from 'antd';
import type { UnitOption } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { ui, useAreas, useCategories } from './shared.js';

type Filter = { areaId?: number | null; category?: string | null };

/** Every unit in reach (GET /api/orgs/unit-options, no 200-unit page limit), optionally filtered. */
export function useUnitOptions(filter: Filter = {}, enabled = true) {
  const query = { areaId: filter.areaId ?? undefined, category: filter.category ?? undefined };
  return useQuery({
    queryKey: ['/api/orgs/unit-options', query],
    queryFn: () => api.get<UnitOption[]>('/api/orgs/unit-options', query),
    enabled,
  });
}

/** How many units an area or category reaches, shown under the area/category choice. */
export function ScopeCount({ filter }: { filter: Filter }) {
  const chosen = Boolean(filter.areaId || filter.category);
  const units = useUnitOptions(filter, chosen);
  if (!chosen || !units.data) return null;
  return <Typography.Text type="secondary">{ui.unitsInScope(units.data.length)}</Typography.Text>;
}

/**
 * A list of units: searchable by name, plus quick adds of every unit of an area or a category
 * and of all units. Works as a Form.Item control (value/onChange).
 */
export function UnitPicker({
  value,
  onChange,
  id,
}: {
  value?: number[];
  onChange?: (v: number[]) => void;
  id?: string;
}) {
  const all = useUnitOptions();
  const areas = useAreas();
  const categories = useCategories();
  const units = all.data ?? [];
  const chosen = value ?? [];
  const add = (ids: number[]) => onChange?.([...new Set([...chosen, ...ids])]);
  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        mode="multiple"
        value={chosen}
        onChange={onChange}
        loading={all.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={ui.chooseUnits}
        maxTagCount="responsive"
        options={units.map((u) => ({ value: u.id, label: u.name }))}
      />
      <Flex wrap gap={8} align="center">
        <Select
          size="small"
          style={{ minWidth: 140 }}
          value={null}
          placeholder={ui.addByArea}
          options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          onChange={(areaId: number) => add(units.filter((u) => u.areaId === areaId).map((u) => u.id))}
        />
        <Select
          size="small"
          style={{ minWidth: 140 }}
          value={null}
          placeholder={ui.addByCategory}
          options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
          onChange={(category: string) => add(units.filter((u) => u.category === category).map((u) => u.id))}
        />
        <Button size="small" onClick={() => add(units.map((u) => u.id))}>
          {ui.allUnits}
        </Button>
        <Button size="small" type="link" disabled={!chosen.length} onClick={() => onChange?.([])}>
          {ui.clearUnits}
        </Button>
        <Typography.Text type="secondary">{ui.unitsChosen(chosen.length)}</Typography.Text>
      </Flex>
    </Flex>
  );
}
