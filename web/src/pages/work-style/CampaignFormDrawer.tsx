import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { type Campaign, PHASES } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, UnitsSelect, useIsPhone, useListAwareForm, w, ws } from './shared.js';

type Values = Omit<Campaign, 'id' | 'currentPhase' | 'version'>;
const required = [{ required: true, message: w.required }];

/** 新建 / 编辑作风建设活动: dates, the four phases, the documents it rests on, the units in scope. */
export default function CampaignFormDrawer({
  open,
  campaign,
  onClose,
}: {
  open: boolean;
  /** The campaign to edit; none to create one. */
  campaign?: Campaign;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (campaign) form.setFieldsValue(campaign);
    else form.setFieldsValue({ year: new Date().getFullYear(), phases: [], documents: [], scopeUnitIds: [] });
  }, [open, campaign, form]);
  const { submit, busy } = useFormSubmit<Values>(useListAwareForm(form), async (values) => {
    const body = { ...values, phases: values.phases ?? [], documents: values.documents ?? [] };
    if (campaign)
      await api.put(`/api/work-style/campaigns/${campaign.id}`, { ...body, version: campaign.version });
    else await api.post('/api/work-style/campaigns', body);
    message.success(zh.web.common.saved);
    await client.invalidateQueries({ queryKey: ['/api/work-style/campaigns'] });
    onClose();
  });
  const afterStart = ({ getFieldValue }: { getFieldValue: (n: string) => string }) => ({
    validator: (_: unknown, v?: string) =>
      !v || !getFieldValue('startOn') || v >= getFieldValue('startOn')
        ? Promise.resolve()
        : Promise.reject(new Error(w.endBeforeStart)),
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={campaign ? w.editCampaign : w.newCampaign}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={w.campaignName} rules={[...required, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={12} vertical={isPhone}>
          <Form.Item name="year" label={w.year} rules={required} style={{ flex: 1 }}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="startOn" label={f.startOn} rules={required} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="endOn"
            label={f.endOn}
            rules={[...required, afterStart]}
            dependencies={['startOn']}
            style={{ flex: 1 }}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item label={f.phases} required={false}>
          <Form.List name="phases">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap={isPhone}>
                    <Form.Item
                      name={[field.name, 'key']}
                      rules={required}
                      style={{ width: isPhone ? '100%' : 130 }}
                    >
                      <Select
                        aria-label={w.phase}
                        options={PHASES.map((k) => ({ value: k, label: ws.phases[k] }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'startOn']} rules={required} style={{ flex: 1 }}>
                      <DateInput aria-label={f.startOn} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'endOn']} rules={required} style={{ flex: 1 }}>
                      <DateInput aria-label={f.endOn} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={w.remove}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                {fields.length < PHASES.length && (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    block
                    onClick={() =>
                      add({ key: PHASES.find((k) => !phaseKeys(form.getFieldValue('phases')).includes(k)) })
                    }
                  >
                    {w.addPhase}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={f.documents}>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap={isPhone}>
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[...required, { max: 200 }]}
                      style={{ flex: 2, minWidth: isPhone ? '100%' : 0 }}
                    >
                      <Input placeholder={w.documentTitle} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'docNumber']} style={{ flex: 1 }}>
                      <Input placeholder={f.docNumber} maxLength={50} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={w.remove}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add({ title: '' })}>
                  {w.addDocument}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="scopeUnitIds" label={w.scopeUnits}>
          <UnitsSelect withAll />
        </Form.Item>
        <Form.Item name="remarks" label={f.remarks}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}

function phaseKeys(phases: { key?: string }[] | undefined) {
  return (phases ?? []).map((p) => p.key);
}
