import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { TARGET_TYPES, type Team } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, TimeInput, today, UnitPicker, useCampaigns, useIsPhone, w, ws } from './shared.js';

const required = [{ required: true, message: w.required }];

/** Records a visit, an interview or an 暗访 (time, observers, what was seen, photos). */
export default function VisitFormDrawer({
  open,
  unannounced,
  onClose,
}: {
  open: boolean;
  unannounced: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const campaigns = useCampaigns();
  const campaignId = Form.useWatch('campaignId', form);
  const visitKind = Form.useWatch('visitKind', form) ?? (unannounced ? 'unannounced' : 'visit');
  const targetType = Form.useWatch('targetType', form);
  const teams = useQuery({
    queryKey: ['/api/work-style/teams', campaignId],
    queryFn: () => api.get<Team[]>('/api/work-style/teams', { campaignId }),
    enabled: !!campaignId,
  });
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        campaignId: campaigns.data?.items[0]?.id,
        visitKind: unannounced ? 'unannounced' : 'visit',
        targetType: unannounced ? 'window_unit' : 'organ_unit',
        visitedOn: today(),
      });
  }, [open, unannounced, campaigns.data, form]);
  const { submit, busy } = useFormSubmit<Record<string, unknown> & { files?: UploadedFile[] }>(
    form,
    async ({ files, ...values }) => {
      const fixed = unannounced ? { visitKind: 'unannounced', targetType: 'window_unit' } : {};
      await api.post('/api/work-style/visits', {
        ...values,
        ...fixed,
        fileIds: (files ?? []).map((x) => x.id),
      });
      message.success(zh.web.common.saved);
      await client.invalidateQueries({ queryKey: ['/api/work-style/visits'] });
      form.resetFields();
      onClose();
    },
  );
  const linksUnit = unannounced || targetType === 'organ_unit' || targetType === 'window_unit';
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={unannounced ? w.newUnannounced : w.newVisit}
      size={isPhone ? '100%' : 560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="campaignId" label={f.campaignId} rules={required}>
          <Select options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        {!unannounced && (
          <Form.Item name="visitKind" label={f.visitKind} rules={required}>
            <Select
              options={['visit', 'interview'].map((k) => ({ value: k, label: ws.visitKinds[k] }))}
              onChange={(k: 'visit' | 'interview') => form.setFieldValue('targetType', TARGET_TYPES[k][0])}
            />
          </Form.Item>
        )}
        {!unannounced && (
          <Form.Item name="targetType" label={f.targetType} rules={required}>
            <Select
              options={(TARGET_TYPES[visitKind as 'visit'] ?? []).map((t) => ({
                value: t,
                label: ws.targetTypes[t],
              }))}
            />
          </Form.Item>
        )}
        {linksUnit ? (
          <Form.Item name="unitId" label={f.unitId} rules={required}>
            <UnitPicker windowOnly={unannounced} />
          </Form.Item>
        ) : (
          <Form.Item name="targetName" label={f.targetName} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="teamId" label={f.teamId}>
          <Select allowClear options={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
        <Form.Item name="visitedOn" label={f.visitedOn} rules={required}>
          <DateInput />
        </Form.Item>
        {unannounced && (
          <>
            <Form.Item name="visitedTime" label={f.visitedTime} rules={required}>
              <TimeInput />
            </Form.Item>
            <Form.Item name="observers" label={f.observers} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {!unannounced && (
          <Form.Item name="peopleMet" label={f.peopleMet}>
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="record" label={f.record}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="findings" label={f.findings}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="files" label={w.photos}>
          <FileUpload accept=".jpg,.jpeg,.png,.gif,.webp,.pdf" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}
