import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { type Area, areaInput } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { fieldLabel, zh } from '../../locale.js';
import { dropEmpty, ORGS_KEYS, t, useDepartments } from './shared.js';
import { useConflictGuard } from './useConflict.js';

type Values = {
  name: string;
  leaderUserId?: number | null;
  liaisonDepartmentId?: number | null;
  sort: number;
};

/** New/edit 片区: name, 分管领导 (chosen among the accounts holding the area-leader role), 联系部室. */
export default function AreaFormModal({
  open,
  area,
  onClose,
}: {
  open: boolean;
  area: Area | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const departments = useDepartments();
  const leaders = useQuery({
    queryKey: ['area-leader-candidates'],
    queryFn: () => api.get<{ id: number; displayName: string }[]>('/api/orgs/area-leader-candidates'),
    enabled: open,
  });
  const refresh = () => Promise.all(ORGS_KEYS.map((key) => client.invalidateQueries({ queryKey: [key] })));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      area
        ? {
            name: area.name,
            leaderUserId: area.leaderUserId,
            liaisonDepartmentId: area.liaisonDepartmentId,
            sort: area.sort,
          }
        : { sort: 0 },
    );
  }, [open, area, form]);

  const guard = useConflictGuard(async () => {
    await refresh();
    onClose();
  });
  const { submit, busy } = useFormSubmit<Values>(
    form,
    guard(async (values: Values) => {
      const body = { ...dropEmpty(values), leaderUserId: values.leaderUserId ?? null };
      if (area) await api.put(`/api/orgs/areas/${area.id}`, { ...body, version: area.version });
      else await api.post('/api/orgs/areas', body);
      message.success(zh.web.common.saved);
      await refresh();
      onClose();
    }),
  );
  const item = (name: keyof Values) => ({ name, label: fieldLabel(name), ...zodItem(areaInput.shape[name]) });

  return (
    <Modal
      open={open}
      title={area ? t.areas.editTitle : t.areas.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={zh.web.common.save}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...item('name')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item {...item('leaderUserId')} label={t.areas.leader} extra={t.areas.leaderHint}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t.areas.noLeader}
            options={(leaders.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item {...item('liaisonDepartmentId')}>
          <Select
            allowClear
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item {...item('sort')}>
          <InputNumber min={0} max={9999} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
