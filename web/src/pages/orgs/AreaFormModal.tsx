import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { type Area, areaInput } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fieldLabel, zh } from '../../locale.js';
import { dropEmpty, ORGS_KEYS, t, useDepartments } from './shared.js';
import { useConflictGuard } from './useConflict.js';
import { zodItem } from './zodRules.js';

type Values = { name: string; liaisonDepartmentId?: number | null; sort: number };

/**
 * New/edit 片区. The 分管领导 is shown read-only: no endpoint yet lets committee staff list the
 * people they could pick, so the current leader is kept as it is (leaderUserId sent unchanged).
 */
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
  const refresh = () => Promise.all(ORGS_KEYS.map((key) => client.invalidateQueries({ queryKey: [key] })));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      area
        ? { name: area.name, liaisonDepartmentId: area.liaisonDepartmentId, sort: area.sort }
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
      const body = { ...dropEmpty(values), leaderUserId: area?.leaderUserId ?? null };
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
        <Form.Item label={t.areas.leader}>
          <Input value={area?.leaderName ?? t.areas.noLeader} disabled />
          <Alert type="info" showIcon title={t.areas.leaderReadonly} style={{ marginTop: 8 }} />
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
