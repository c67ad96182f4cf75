import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
} from 'antd';
import { useEffect } from 'react';
import { type Unit, unitInput } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { useMe } from '../../auth.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { fieldLabel, zh } from '../../locale.js';
import {
  canEditAllUnitFields,
  dropEmpty,
  ORGS_KEYS,
  t,
  useAreas,
  useCategories,
  useIsPhone,
} from './shared.js';
import { useConflictGuard } from './useConflict.js';

type UnitValues = {
  code: string;
  name: string;
  shortName?: string | null;
  category: string;
  areaId?: number | null;
  isWindow: boolean;
  contact?: string | null;
  phone?: string | null;
  sort: number;
};

const EMPTY: Partial<UnitValues> = { isWindow: false, sort: 0 };
const SELF_EDITABLE = new Set(['shortName', 'contact', 'phone']);

function valuesOf(u: Unit): UnitValues {
  return {
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    category: u.category,
    areaId: u.areaId,
    isWindow: u.isWindow,
    contact: u.contact,
    phone: u.phone,
    sort: u.sort,
  };
}

/**
 * New/edit unit. Committee staff edit every field; a unit admin sees the same form with only
 * 简称/联系人/电话 editable (the server refuses the rest with 403).
 */
export default function UnitFormDrawer({
  open,
  unit,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The unit to edit; null = create. */
  unit: Unit | null;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const [form] = Form.useForm<UnitValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const areas = useAreas();
  const categories = useCategories();
  const full = canEditAllUnitFields(me);
  const refresh = () => Promise.all(ORGS_KEYS.map((key) => client.invalidateQueries({ queryKey: [key] })));

  useEffect(() => {
    if (open) form.setFieldsValue(unit ? valuesOf(unit) : (EMPTY as UnitValues));
    if (open && !unit) form.resetFields();
  }, [open, unit, form]);

  const guard = useConflictGuard(async () => {
    await refresh();
    onClose();
  });
  const { submit, busy } = useFormSubmit<UnitValues>(
    form,
    guard(async (values: UnitValues) => {
      // A unit admin sends the record as it is, with only the self-editable fields changed.
      const body = dropEmpty(unit && !full ? { ...valuesOf(unit), ...pickSelf(values) } : values);
      const saved = unit
        ? await api.put<{ id: number }>(`/api/orgs/units/${unit.id}`, { ...body, version: unit.version })
        : await api.post<{ id: number }>('/api/orgs/units', body);
      message.success(zh.web.common.saved);
      await refresh();
      onSaved?.(saved.id);
      onClose();
    }),
  );

  const item = (name: keyof UnitValues) => ({
    name,
    label: fieldLabel(name),
    ...zodItem(unitInput.shape[name]),
  });
  const locked = (name: string) => !!unit && !full && !SELF_EDITABLE.has(name);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={unit ? t.units.editTitle : t.units.createTitle}
      size={isPhone ? '100%' : 520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{zh.web.common.cancel}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {zh.web.common.save}
          </Button>
        </Space>
      }
    >
      {unit && !full && (
        <Alert type="info" showIcon title={t.units.unitAdminHint} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={EMPTY}>
        <Form.Item {...item('code')}>
          <Input disabled={locked('code')} maxLength={32} />
        </Form.Item>
        <Form.Item {...item('name')}>
          <Input disabled={locked('name')} maxLength={100} />
        </Form.Item>
        <Form.Item {...item('shortName')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item {...item('category')}>
          <AutoComplete
            disabled={locked('category')}
            placeholder={t.units.categoryPlaceholder}
            options={(categories.data ?? []).map((c) => ({ value: c }))}
            showSearch={{ filterOption: (input, option) => String(option?.value).includes(input) }}
          />
        </Form.Item>
        <Form.Item {...item('areaId')}>
          <Select
            disabled={locked('areaId')}
            allowClear
            placeholder={t.units.noArea}
            options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item {...item('isWindow')} valuePropName="checked">
          <Switch disabled={locked('isWindow')} />
        </Form.Item>
        <Form.Item {...item('contact')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item {...item('phone')}>
          <Input maxLength={20} allowClear />
        </Form.Item>
        <Form.Item {...item('sort')}>
          <InputNumber disabled={locked('sort')} min={0} max={99999} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function pickSelf(values: UnitValues) {
  return {
    shortName: values.shortName ?? null,
    contact: values.contact ?? null,
    phone: values.phone ?? null,
  };
}
