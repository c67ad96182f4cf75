import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import type { Briefing } from '../../../../common/publications.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { common, ui, useIsPhone, useSeries } from './shared.js';

type Values = Omit<
  Briefing,
  | 'id'
  | 'status'
  | 'number'
  | 'year'
  | 'totalNumber'
  | 'publishedAt'
  | 'seriesName'
  | 'editorUnit'
  | 'version'
>;

/** Draft a briefing: series, 增刊, 按语, articles, distribution (报/送/发) and copies. */
export default function BriefingForm({ id, onClose }: { id: number | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const series = useSeries();
  const existing = useQuery({
    queryKey: ['/api/publications/briefings', id],
    queryFn: () => api.get<Briefing>(`/api/publications/briefings/${id}`),
    enabled: typeof id === 'number',
  });
  useEffect(() => {
    if (id === 'new') form.resetFields();
    else if (existing.data) form.setFieldsValue(existing.data as unknown as Values);
  }, [id, existing.data, form]);
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = { ...v, issuedOn: v.issuedOn || null };
    if (id === 'new') await api.post('/api/publications/briefings', body);
    else await api.put(`/api/publications/briefings/${id}`, { ...body, version: existing.data?.version });
    message.success(common.saved);
    await client.invalidateQueries({ queryKey: ['/api/publications/briefings'] });
    onClose();
  });
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={id === 'new' ? ui.newBriefing : ui.editBriefing}
      size={isPhone ? '100%' : 720}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {common.save}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          articles: [{ title: '', body: '' }],
          copies: 100,
          isSupplement: false,
          isPublic: false,
          seriesId: series.data?.[0]?.id,
        }}
      >
        <Space wrap>
          <Form.Item name="seriesId" label={ui.series} rules={[{ required: true }]}>
            <Select
              options={(series.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name="isSupplement" label={ui.supplement} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="issuedOn" label={ui.issuedOn} tooltip={ui.issuedOnHint}>
            <Input type="date" style={{ width: 170 }} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={ui.title} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="editorNote" label={ui.editorNote} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="articles">
          {(fields, { add, remove }) => (
            <Form.Item label={ui.articles} required>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={`${i + 1}`}
                  extra={
                    fields.length > 1 && (
                      <MinusCircleOutlined aria-label={common.delete} onClick={() => remove(field.name)} />
                    )
                  }
                >
                  <Form.Item
                    name={[field.name, 'title']}
                    label={ui.articleTitle}
                    rules={[{ required: true, max: 200 }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'body']}
                    label={ui.articleBody}
                    rules={[{ required: true, max: 50000 }]}
                  >
                    <Input.TextArea rows={8} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', body: '' })}>
                {ui.addArticle}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="reportTo" label={ui.reportTo} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sendTo" label={ui.sendTo} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="issueTo" label={ui.issueTo} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="copies" label={ui.copies} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} />
          </Form.Item>
          <Form.Item name="isPublic" label={ui.isPublic} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
