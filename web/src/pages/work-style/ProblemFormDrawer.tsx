import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { SEVERITIES } from '../../../../common/problems.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, today, UnitPicker, useCampaigns, useCategories, useIsPhone, w, ws } from './shared.js';

export interface ProblemPrefill {
  campaignId?: number;
  sourceType?: string;
  sourceId?: number;
  unitId?: number;
  foundOn?: string;
}

/** 登记问题: manual entry, or from a visit / 暗访 (prefilled source). */
export default function ProblemFormDrawer({
  open,
  onClose,
  prefill,
}: {
  open: boolean;
  onClose: () => void;
  prefill?: ProblemPrefill;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const campaigns = useCampaigns();
  const categories = useCategories();
  useEffect(() => {
    if (open)
      form.setFieldsValue({ sourceType: 'manual', severity: 'general', foundOn: today(), ...prefill });
  }, [open, prefill, form]);
  const { submit, busy } = useFormSubmit<Record<string, unknown>>(form, async (values) => {
    const res = await api.post<{ code: string }>('/api/problems', { ...prefill, ...values });
    message.success(w.labelled(w.done, res.code));
    form.resetFields();
    onClose();
    // Only what a new problem changes: the problem lists, statistics and to-dos, and the visit's count.
    await client.invalidateQueries({
      predicate: (q) => /^\/api\/(problems|work-style\/visits)/.test(String(q.queryKey[0])),
    });
  });
  const required = [{ required: true, message: w.required }];
  return (
    <Drawer open={open} onClose={onClose} title={w.newProblem} size={isPhone ? '100%' : 560} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="campaignId" label={f.campaignId}>
          <Select
            allowClear
            options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="sourceType" label={f.sourceType} rules={required}>
          <Select
            disabled={!!prefill?.sourceType}
            options={Object.entries(ws.sourceTypes).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={f.unitId} rules={required}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="categoryName" label={f.categoryName} rules={required}>
          <Select options={(categories.data ?? []).map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="severity" label={f.severity} rules={required}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: ws.severities[s] }))} />
        </Form.Item>
        <Form.Item name="foundOn" label={f.foundOn} rules={required}>
          <DateInput />
        </Form.Item>
        <Form.Item name="description" label={w.descriptionLabel} rules={[...required, { max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}
