import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Task } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { d, fl, options, TargetFields, targetOut, ui } from '../documents/shared.js';

interface Values {
  title: string;
  description?: string;
  deadline: dayjs.Dayjs;
  cycle: string;
  period?: [dayjs.Dayjs, dayjs.Dayjs];
  requiresText: boolean;
  requiresFiles: boolean;
  figures: { label: string; measure?: string }[];
  target: { mode: string; areaId?: number; category?: string; unitIds?: number[] };
}

/** A task (standalone or carried by a draft document): what to report, by when, by whom. */
export default function TaskFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const documentId = params.get('documentId');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const cycle = Form.useWatch('cycle', form);
  const existing = useQuery({
    queryKey: ['/api/tasks', id],
    queryFn: () => api.get<Task>(`/api/tasks/${id}`),
    enabled: Boolean(id),
  });
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      documentId: existing.data?.documentId ?? (documentId ? Number(documentId) : null),
      title: v.title,
      description: v.description ?? null,
      deadline: v.deadline.format('YYYY-MM-DD'),
      cycle: v.cycle,
      periodFrom: v.cycle !== 'none' && v.period ? v.period[0].format('YYYY-MM-DD') : null,
      periodTo: v.cycle !== 'none' && v.period ? v.period[1].format('YYYY-MM-DD') : null,
      requiresText: v.requiresText,
      requiresFiles: v.requiresFiles,
      figures: v.figures ?? [],
      target: targetOut(v.target),
    };
    const res = id
      ? await api.put<{ id: number }>(`/api/tasks/${id}`, { ...body, version: existing.data?.version })
      : await api.post<{ id: number }>('/api/tasks', body);
    message.success(ui.saved);
    await client.invalidateQueries({ queryKey: ['/api/tasks'] });
    navigate(body.documentId ? `/documents/${body.documentId}` : `/tasks/${res.id}`);
  });
  if (id && !existing.data) return <Card loading />;
  const t = existing.data;
  const initial: Partial<Values> = t
    ? {
        ...t,
        description: t.description ?? undefined,
        deadline: dayjs(t.deadline),
        period: t.periodFrom && t.periodTo ? [dayjs(t.periodFrom), dayjs(t.periodTo)] : undefined,
        figures: t.figures.map((f) => ({ label: f.label, measure: f.measure ?? undefined })),
        target: {
          ...t.target,
          areaId: t.target.areaId ?? undefined,
          category: t.target.category ?? undefined,
        },
      }
    : {
        cycle: 'none',
        requiresText: true,
        requiresFiles: false,
        figures: [],
        target: { mode: 'all', unitIds: [] },
      };
  return (
    <Card title={id ? ui.editTask : ui.newTask}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 820 }}>
        <Form.Item name="title" label={fl.title} rules={[{ required: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={fl.description} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="cycle" label={fl.cycle} rules={[{ required: true }]}>
              <Radio.Group options={options(d.cycles)} optionType="button" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="deadline" label={fl.deadline} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {cycle && cycle !== 'none' && (
          <Form.Item name="period" label={`${fl.periodFrom} ~ ${fl.periodTo}`} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <TargetFields />
        <Form.Item label={ui.reportRequirements}>
          <Space wrap>
            <Form.Item name="requiresText" valuePropName="checked" noStyle>
              <Checkbox>{ui.mustText}</Checkbox>
            </Form.Item>
            <Form.Item name="requiresFiles" valuePropName="checked" noStyle>
              <Checkbox>{ui.mustFiles}</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.List name="figures">
          {(fields, { add, remove }) => (
            <Form.Item label={ui.figuresToReport}>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                  <Form.Item name={[field.name, 'label']} rules={[{ required: true, max: 30 }]}>
                    <Input placeholder={fl.label} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'measure']} rules={[{ max: 10 }]}>
                    <Input placeholder={fl.measure} style={{ width: 90 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={ui.remove}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ label: '' })}>
                {ui.addFigure}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {ui.save}
          </Button>
          <Button onClick={() => navigate(-1)}>{ui.cancel}</Button>
        </Space>
      </Form>
    </Card>
  );
}
