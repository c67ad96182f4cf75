import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import type { StudyDay } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { common, options, t, ui, useBookOptions, useIsPhone, useUnitOptions } from './shared.js';

interface Values {
  heldOn: string;
  theme: string;
  lecturers?: string;
  guide?: string;
  invitedUnitIds: number[];
  gifts: { bookId: number; copies: number; recipient: 'attendees' | 'unit'; unitId?: number }[];
}

/** Create or edit a study day: date, theme, speakers, 导读, invited units and the books given. */
export default function StudyDayForm({ id, onClose }: { id: number | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const units = useUnitOptions();
  const books = useBookOptions();
  const existing = useQuery({
    queryKey: ['/api/learning/study-days', id],
    queryFn: () => api.get<StudyDay>(`/api/learning/study-days/${id}`),
    enabled: typeof id === 'number',
  });
  useEffect(() => {
    if (id === 'new') form.resetFields();
    else if (existing.data) {
      const d = existing.data;
      form.setFieldsValue({
        heldOn: d.heldOn,
        theme: d.theme,
        lecturers: d.lecturers ?? undefined,
        guide: d.guide ?? undefined,
        invitedUnitIds: d.attendance.map((a) => a.unitId),
        gifts: d.gifts.map((g) => ({
          bookId: g.bookId,
          copies: g.copies,
          recipient: g.recipient,
          unitId: g.unitId ?? undefined,
        })),
      });
    }
  }, [id, existing.data, form]);
  const { submit, busy } = useFormSubmit<Values>(form, async (values) => {
    const body = { ...values, gifts: values.gifts ?? [], invitedUnitIds: values.invitedUnitIds ?? [] };
    if (id === 'new') await api.post('/api/learning/study-days', body);
    else await api.put(`/api/learning/study-days/${id}`, { ...body, version: existing.data?.version });
    message.success(common.saved);
    await client.invalidateQueries({ queryKey: ['/api/learning/study-days'] });
    onClose();
  });
  const gifts = Form.useWatch('gifts', form);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={id === 'new' ? ui.newStudyDay : ui.editStudyDay}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {common.save}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ gifts: [], invitedUnitIds: [] }}>
        <Form.Item name="heldOn" label={ui.heldOn} rules={[{ required: true, message: ui.chooseDate }]}>
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="theme" label={ui.theme} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="lecturers" label={ui.speakers} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="guide" label={ui.guide} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item label={ui.invitedUnits} required={false}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="invitedUnitIds" noStyle>
              <Select
                mode="multiple"
                maxTagCount="responsive"
                showSearch={{ optionFilterProp: 'label' }}
                options={units.options}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Button
              onClick={() =>
                form.setFieldValue(
                  'invitedUnitIds',
                  units.options.map((o) => o.value),
                )
              }
            >
              {ui.inviteAll}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.List name="gifts">
          {(fields, { add, remove }) => (
            <Form.Item label={ui.gifts}>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" style={{ marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'bookId']}
                    rules={[{ required: true, message: ui.chooseBook }]}
                  >
                    <Select
                      placeholder={ui.bookTitle}
                      options={books.options}
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'copies']}
                    rules={[{ required: true, message: ui.fillCopies }]}
                  >
                    <InputNumber
                      min={1}
                      max={100000}
                      placeholder={ui.copies}
                      suffix={ui.copiesUnit}
                      aria-label={ui.copies}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'recipient']} rules={[{ required: true }]}>
                    <Select options={options(t.recipients)} style={{ width: 140 }} />
                  </Form.Item>
                  {gifts?.[field.name]?.recipient === 'unit' && (
                    <Form.Item
                      name={[field.name, 'unitId']}
                      rules={[{ required: true, message: t.giftUnitRequired }]}
                    >
                      <Select
                        placeholder={ui.unit}
                        options={units.options}
                        showSearch={{ optionFilterProp: 'label' }}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                  )}
                  <MinusCircleOutlined
                    aria-label={common.delete}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 8 }}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ copies: 1, recipient: 'attendees' })}
              >
                {ui.addGift}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
