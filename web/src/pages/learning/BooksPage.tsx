import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { Book } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useListQuery } from '../../components/useListQuery.js';
import ReadingListTab from './ReadingListTab.js';
import { common, t, ui, useIsPhone } from './shared.js';

/** 书目库 (shared by 赠书 and 荐读书目) and the yearly 荐读书目. */
export default function BooksPage() {
  const { data: me } = useMe();
  const manager = canDo(me, 'learning.manage');
  return (
    <Card title={t.pages.books}>
      <Tabs
        items={[
          { key: 'list', label: ui.readingList, children: <ReadingListTab manager={manager} /> },
          { key: 'catalog', label: ui.catalog, children: <Catalog manager={manager} /> },
        ]}
      />
    </Card>
  );
}

function Catalog({ manager }: { manager: boolean }) {
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useListQuery<Book>('/api/learning/books');
  const [editing, setEditing] = useState<Book | 'new' | null>(null);
  const [form] = Form.useForm();
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/learning/books'] });
  const { submit, busy } = useFormSubmit(form, async (values: Record<string, unknown>) => {
    if (editing === 'new') await api.post('/api/learning/books', values);
    else if (editing)
      await api.put(`/api/learning/books/${editing.id}`, { ...values, version: editing.version });
    message.success(common.saved);
    setEditing(null);
    await refresh();
  });
  const remove = async (b: Book) => {
    try {
      await api.del(`/api/learning/books/${b.id}`);
      message.success(common.deleted);
      await refresh();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={`${ui.bookTitle} / ${ui.author}`}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 240 }}
        />
        {manager && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setEditing('new');
            }}
          >
            {ui.newBook}
          </Button>
        )}
      </Space>
      <Table<Book>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 600 : undefined }}
        locale={{ emptyText: ui.noBooks }}
        columns={[
          {
            key: 'title',
            title: ui.bookTitle,
            dataIndex: 'title',
            render: (v: string) => `《${v}》`,
            sorter: true,
            sortOrder: list.sortOrderOf('title'),
          },
          { key: 'author', title: ui.author, dataIndex: 'author' },
          { key: 'publisher', title: ui.publisher, dataIndex: 'publisher' },
          { key: 'isbn', title: ui.isbn, dataIndex: 'isbn', width: 160 },
          { key: 'giftCount', title: ui.giftCount, dataIndex: 'giftCount', width: 90 },
          ...(manager
            ? [
                {
                  key: 'actions',
                  title: common.actions,
                  width: 140,
                  render: (_v: unknown, b: Book) => (
                    <Space>
                      <Button
                        size="small"
                        onClick={() => {
                          form.setFieldsValue(b);
                          setEditing(b);
                        }}
                      >
                        {common.edit}
                      </Button>
                      <Popconfirm title={common.confirmDelete} onConfirm={() => remove(b)}>
                        <Button size="small" danger>
                          {common.delete}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? ui.newBook : ui.editBook}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={common.save}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label={ui.bookTitle} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="author" label={ui.author} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="publisher" label={ui.publisher} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="isbn" label={ui.isbn}>
            <Input placeholder="978-7-…" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
