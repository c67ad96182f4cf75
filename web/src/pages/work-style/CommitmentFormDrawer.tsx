import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { type Commitment, MEDIA } from '../../../../common/commitments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import {
  DateInput,
  f,
  today,
  UnitPicker,
  useCampaigns,
  useIsPhone,
  useListAwareForm,
  w,
  ws,
} from './shared.js';

type Values = Pick<Commitment, 'campaignId' | 'unitId' | 'medium' | 'committedOn' | 'items' | 'isPublic'>;
const required = [{ required: true, message: w.required }];

/** 公开承诺: the unit, what it promised item by item, where (电视/报纸/网站) and when, public or not. */
export default function CommitmentFormDrawer({
  open,
  commitment,
  onClose,
}: {
  open: boolean;
  commitment?: Commitment;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const campaigns = useCampaigns();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      commitment ?? {
        campaignId: campaigns.data?.items[0]?.id ?? null,
        medium: 'tv',
        committedOn: today(),
        items: [''],
        isPublic: true,
      },
    );
  }, [open, commitment, campaigns.data, form]);
  const { submit, busy } = useFormSubmit<Values>(useListAwareForm(form), async (values) => {
    const body = { ...values, campaignId: values.campaignId ?? null, isPublic: !!values.isPublic };
    if (commitment)
      await api.put(`/api/commitments/${commitment.id}`, { ...body, version: commitment.version });
    else await api.post('/api/commitments', body);
    message.success(zh.web.common.saved);
    await client.invalidateQueries({ queryKey: ['/api/commitments'] });
    onClose();
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={commitment ? w.editCommitment : w.newCommitment}
      size={isPhone ? '100%' : 560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="campaignId" label={f.campaignId}>
          <Select
            allowClear
            options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={w.commitmentUnit} rules={required}>
          <UnitPicker />
        </Form.Item>
        <Flex gap={12} vertical={isPhone}>
          <Form.Item name="medium" label={f.medium} rules={required} style={{ flex: 1 }}>
            <Select options={MEDIA.map((m) => ({ value: m, label: ws.media[m] }))} />
          </Form.Item>
          <Form.Item name="committedOn" label={f.committedOn} rules={required} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item label={w.commitmentItems} required>
          <Form.List
            name="items"
            rules={[
              {
                validator: (_, v?: string[]) =>
                  v?.length ? Promise.resolve() : Promise.reject(new Error(w.required)),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={field.name} rules={[...required, { max: 500 }]} style={{ flex: 1 }}>
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={500}
                        aria-label={w.itemNo(i + 1)}
                        placeholder={w.itemNo(i + 1)}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={w.remove}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Flex>
                ))}
                {fields.length < 30 && (
                  <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add('')}>
                    {w.addItem}
                  </Button>
                )}
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="isPublic" label={w.isPublic} valuePropName="checked" extra={w.isPublicHint}>
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}
