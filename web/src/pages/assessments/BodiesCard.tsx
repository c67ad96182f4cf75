import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type Body, bodyInput, type SchemeDetail } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { zh } from '../../locale.js';
import { W } from './shared.js';

interface Values {
  name: string;
  weight: number;
  sort: number;
  memberIds: number[];
}

function BodyModal({
  scheme,
  body,
  onClose,
}: {
  scheme: SchemeDetail;
  body: Body | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const candidates = useQuery({
    queryKey: ['assessment-candidates'],
    queryFn: () =>
      api.get<{ id: number; displayName: string; roles: string[] }[]>('/api/assessments/candidates'),
  });
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const url = `/api/assessments/schemes/${scheme.id}/bodies`;
    if (body) await api.put(`${url}/${body.id}`, { ...v, version: body.version });
    else await api.post(url, v);
    await client.invalidateQueries({ queryKey: ['assessment', scheme.id] });
    onClose();
  });
  const f = zh.fieldLabels;
  return (
    <Modal
      open
      title={W.bodies}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          body
            ? { ...body, memberIds: body.members.map((m) => m.id) }
            : { weight: 100, sort: scheme.bodies.length, memberIds: [] }
        }
      >
        <Form.Item name="name" label={W.bodyName} {...zodItem(bodyInput.shape.name)}>
          <Input placeholder="如：市直机关工委、市效能办" />
        </Form.Item>
        <Form.Item name="weight" label={`${f.weight}（%）`} {...zodItem(bodyInput.shape.weight)}>
          <InputNumber min={0} max={100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="memberIds" label={f.memberIds}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={candidates.isLoading}
            options={(candidates.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.roles.map((r) => zh.roles[r] ?? r).join('、')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="sort" hidden>
          <InputNumber />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function BodiesCard({ scheme, editable }: { scheme: SchemeDetail; editable: boolean }) {
  const [editing, setEditing] = useState<Body | null | undefined>(undefined);
  const client = useQueryClient();
  const { message } = App.useApp();
  const sum = scheme.bodies.reduce((s, b) => s + b.weight, 0);
  const remove = async (b: Body) => {
    try {
      await api.del(`/api/assessments/schemes/${scheme.id}/bodies/${b.id}`);
      await client.invalidateQueries({ queryKey: ['assessment', scheme.id] });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card
      size="small"
      title={W.bodies}
      extra={
        <Space>
          <Typography.Text type={sum === 100 ? 'secondary' : 'danger'}>{W.weightSum(sum)}</Typography.Text>
          {editable && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {W.addBody}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Body>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={scheme.bodies}
        locale={{ emptyText: W.noBodies }}
        columns={[
          { title: zh.fieldLabels.name, dataIndex: 'name' },
          { title: `${zh.fieldLabels.weight}（%）`, dataIndex: 'weight', width: 90, align: 'right' },
          {
            title: W.members,
            render: (_, b) => b.members.map((m) => <Tag key={m.id}>{m.displayName}</Tag>),
          },
          ...(editable
            ? [
                {
                  title: zh.web.common.actions,
                  width: 120,
                  render: (_: unknown, b: Body) => (
                    <Space size={0}>
                      <Button size="small" type="link" onClick={() => setEditing(b)}>
                        {zh.web.common.edit}
                      </Button>
                      <Popconfirm title={zh.web.common.confirmDelete} onConfirm={() => remove(b)}>
                        <Button size="small" type="link" danger>
                          {zh.web.common.delete}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined && (
        <BodyModal scheme={scheme} body={editing} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}
