import { useQuery } from '@tanstack/react-query';
import { Form, Grid, Radio, Select } from 'antd';
import type { Area } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import { ScopeCount, UnitPicker } from './UnitPicker.js';

export const d = zh.documents;
export const ui = zh.documents.web;
export const fl = zh.fieldLabels;

export function useIsPhone() {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

export function useAreas() {
  return useQuery({ queryKey: ['/api/orgs/areas'], queryFn: () => api.get<Area[]>('/api/orgs/areas') });
}
export function useCategories() {
  return useQuery({
    queryKey: ['/api/orgs/categories'],
    queryFn: () => api.get<string[]>('/api/orgs/categories'),
  });
}

export const options = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }));

/** 主送/下发范围: all units, one area, one assessment category, or a list of units. */
export function TargetFields({ name = 'target' }: { name?: string }) {
  const areas = useAreas();
  const categories = useCategories();
  const form = Form.useFormInstance();
  const mode = Form.useWatch([name, 'mode'], form);
  const areaId = Form.useWatch([name, 'areaId'], form);
  const category = Form.useWatch([name, 'category'], form);
  return (
    <>
      <Form.Item name={[name, 'mode']} label={ui.target} rules={[{ required: true }]}>
        <Radio.Group options={options(d.targetModes)} optionType="button" />
      </Form.Item>
      {mode === 'area' && (
        <Form.Item
          name={[name, 'areaId']}
          label={fl.areaId}
          rules={[{ required: true, message: ui.chooseArea }]}
          extra={<ScopeCount filter={{ areaId }} />}
        >
          <Select
            placeholder={ui.chooseArea}
            options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
      )}
      {mode === 'category' && (
        <Form.Item
          name={[name, 'category']}
          label={fl.category}
          rules={[{ required: true, message: ui.chooseCategory }]}
          extra={<ScopeCount filter={{ category }} />}
        >
          <Select
            placeholder={ui.chooseCategory}
            options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
          />
        </Form.Item>
      )}
      {mode === 'units' && (
        <Form.Item
          name={[name, 'unitIds']}
          label={fl.unitIds}
          rules={[{ required: true, message: ui.chooseUnits }]}
        >
          <UnitPicker />
        </Form.Item>
      )}
    </>
  );
}

/** Server target → form value and back (unused fields dropped). */
export function targetOut(t: {
  mode: string;
  areaId?: number | null;
  category?: string | null;
  unitIds?: number[];
}) {
  return {
    mode: t.mode,
    areaId: t.mode === 'area' ? t.areaId : null,
    category: t.mode === 'category' ? t.category : null,
    unitIds: t.mode === 'units' ? (t.unitIds ?? []) : [],
  };
}
