import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import type { MechanismDetail } from '../../../../common/mechanisms.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fl, ui } from '../documents/shared.js';
import { UnitPicker, useUnitOptions } from '../documents/UnitPicker.js';

interface Values {
  name: string;
  description?: string;
  startedOn?: dayjs.Dayjs;
  elements: { id?: number; groupName: string; name: string }[];
  unitIds: number[];
  pilotUnitIds: number[];
}

/** Configure a mechanism: its named elements (grouped), the units it is rolled out to, the pilots. */
export default function MechanismFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const existing = useQuery({
    queryKey: ['/api/mechanisms', id],
    queryFn: () => api.get<MechanismDetail>(`/api/mechanisms/${id}`),
    enabled: Boolean(id),
  });
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const body = {
      name: v.name,
      description: v.description ?? null,
      startedOn: v.startedOn ? v.startedOn.format('YYYY-MM-DD') : null,
      elements: v.elements.map((e) => ({ id: e.id ?? null, groupName: e.groupName, name: e.name })),
      unitIds: v.unitIds ?? [],
      pilotUnitIds: v.pilotUnitIds ?? [],
    };
    const res = id
      ? await api.put<{ id: number }>(`/api/mechanisms/${id}`, { ...body, version: existing.data?.version })
      : await api.post<{ id: number }>('/api/mechanisms', body);
    message.success(ui.saved);
    await client.invalidateQueries({ queryKey: ['/api/mechanisms'] });
    navigate(`/excellence/${res.id}`);
  });
  if (id && !existing.data) return <Card loading />;
  const m = existing.data;
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const initial: Partial<Values> = m
    ? {
        name: m.name,
        description: m.description ?? undefined,
        startedOn: m.startedOn ? dayjs(m.startedOn) : undefined,
        elements: m.elements,
        unitIds: m.units.map((u) => u.unitId),
        pilotUnitIds: m.units.filter((u) => u.isPilot).map((u) => u.unitId),
      }
    : { elements: [{ groupName: '', name: '' }], unitIds: [], pilotUnitIds: [] };
  return (
    <Card title={id ? ui.editMechanism : ui.newMechanism}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 820 }}>
        <Form.Item name="name" label={fl.name} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={fl.description} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="startedOn" label={fl.startedOn}>
          <DatePicker />
        </Form.Item>
        <Form.List name="elements">
          {(fields, { add, remove }) => (
            <Form.Item label={ui.elements} required>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'groupName']} rules={[{ required: true, max: 50 }]}>
                    <Input placeholder={fl.groupName} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, max: 100 }]}>
                    <Input placeholder={fl.name} style={{ width: 260 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={ui.remove}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ groupName: '', name: '' })}>
                {ui.addElement}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="unitIds" label={ui.units}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="pilotUnitIds" label={ui.pilots}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions}
            maxTagCount="responsive"
          />
        </Form.Item>
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
