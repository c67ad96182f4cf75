import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { ReadingActivity } from '../../../../common/learning.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { common, options, t, ui, useUnitOptions } from './shared.js';

interface Values {
  unitId: number;
  type: string;
  heldOn: string;
  title: string;
  participants: number;
  summary?: string;
  fileIds: UploadedFile[];
}

/** 上报读书活动: what, when, how many took part, with evidence (photos, minutes). */
export default function ActivityForm({
  value,
  onClose,
}: {
  value: ReadingActivity | 'new' | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const units = useUnitOptions();
  useEffect(() => {
    if (value === 'new') {
      form.resetFields();
      if (units.options.length === 1) form.setFieldValue('unitId', units.options[0].value);
    } else if (value)
      form.setFieldsValue({ ...value, summary: value.summary ?? undefined, fileIds: value.files });
  }, [value, form, units.options]);
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = { ...v, fileIds: (v.fileIds ?? []).map((f) => f.id) };
    if (value === 'new') await api.post('/api/learning/activities', body);
    else if (value)
      await api.put(`/api/learning/activities/${value.id}`, { ...body, version: value.version });
    message.success(common.saved);
    await client.invalidateQueries({ queryKey: ['/api/learning/activities'] });
    onClose();
  });
  return (
    <Modal
      open={value !== null}
      title={value === 'new' ? ui.newActivity : ui.editActivity}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={common.save}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ fileIds: [], participants: 10 }}>
        <Form.Item name="unitId" label={ui.unit} rules={[{ required: true, message: ui.chooseUnit }]}>
          <Select options={units.options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="type" label={ui.activityType} rules={[{ required: true, message: ui.chooseType }]}>
          <Select options={options(t.activityTypes)} />
        </Form.Item>
        <Form.Item name="heldOn" label={ui.heldOn} rules={[{ required: true, message: ui.chooseDate }]}>
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="title" label={ui.activityTitle} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={ui.participants} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        <Form.Item name="summary" label={ui.summary} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="fileIds" label={ui.evidence}>
          <FileUpload max={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
