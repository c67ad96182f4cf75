import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { f, required, w } from './shared.js';

interface CheckItem {
  id: number;
  name: string;
  sort: number;
  active: boolean;
  version: number;
}

/** The tenant's checklist for 查 (configurable; seeded with the usual items). */
export default function CheckItemsPage() {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CheckItem | 'new' | null>(null);
  const [form] = Form.useForm<Omit<CheckItem, 'id' | 'version'>>();
  const list = useQuery({
    queryKey: ['/api/inspections/check-items'],
    queryFn: () => api.get<CheckItem[]>('/api/inspections/check-items'),
  });
  const save = useFormSubmit<Omit<CheckItem, 'id' | 'version'>>(form, async (v) => {
    if (editing === 'new') await api.post('/api/inspections/check-items', v);
    else if (editing)
      await api.put(`/api/inspections/check-items/${editing.id}`, { ...v, version: editing.version });
    message.success(w.saved);
    setEditing(null);
    await list.refetch();
  });
  const open = (item: CheckItem | 'new') => {
    form.setFieldsValue(
      item === 'new' ? { name: '', sort: (list.data?.length ?? 0) + 1, active: true } : item,
    );
    setEditing(item);
  };
  return (
    <div>
      <Typography.Title level={4}>{w.menu.checkItems}</Typography.Title>
      <Card
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {w.addCheckItem}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{w.checkItemsHint}</Typography.Paragraph>
        <Table<CheckItem>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={false}
          columns={[
            { title: zh.fieldLabels.sort, dataIndex: 'sort', width: 70 },
            { title: zh.fieldLabels.name, dataIndex: 'name' },
            {
              title: f.active,
              width: 90,
              render: (_v, c) => (
                <Tag color={c.active ? 'green' : 'default'}>
                  {c.active ? zh.web.common.yes : zh.web.common.no}
                </Tag>
              ),
            },
            {
              title: zh.web.common.actions,
              width: 80,
              render: (_v, c) => (
                <Button size="small" type="link" onClick={() => open(c)}>
                  {zh.web.common.edit}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? w.addCheckItem : zh.web.common.edit}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.busy}
      >
        <Form form={form} layout="vertical" onFinish={save.submit}>
          <Form.Item name="name" label={zh.fieldLabels.name} rules={[required]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="sort" label={zh.fieldLabels.sort}>
            <InputNumber min={0} max={9999} />
          </Form.Item>
          <Form.Item name="active" label={f.active} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
