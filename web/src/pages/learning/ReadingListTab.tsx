import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Input, List, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReadingList } from '../../../../common/learning.js';
import { ApiError, api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { common, ui, useBookOptions } from './shared.js';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear - 2008 }, (_, i) => thisYear - i);

/** 荐读书目 of a year; staff edit it and publish it to the units. */
export default function ReadingListTab({ manager }: { manager: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const years = useQuery({
    queryKey: ['/api/learning/reading-lists'],
    queryFn: () =>
      api.get<{ year: number; title: string; published: boolean }[]>('/api/learning/reading-lists'),
  });
  const [year, setYear] = useState<number | null>(null);
  const shown = year ?? years.data?.[0]?.year ?? thisYear;
  const list = useQuery({
    queryKey: ['/api/learning/reading-lists', shown],
    queryFn: async () => {
      try {
        return await api.get<ReadingList>(`/api/learning/reading-lists/${shown}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  const books = useBookOptions();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { submit, busy } = useFormSubmit(
    form,
    async (v: { title: string; intro?: string; published: boolean; bookIds: number[] }) => {
      await api.put(`/api/learning/reading-lists/${shown}`, {
        version: list.data?.version ?? 0,
        title: v.title,
        intro: v.intro,
        published: v.published,
        items: (v.bookIds ?? []).map((bookId) => ({
          bookId,
          note: list.data?.items.find((i) => i.bookId === bookId)?.note ?? null,
        })),
      });
      message.success(common.saved);
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['/api/learning/reading-lists'] });
    },
  );
  const edit = () => {
    form.setFieldsValue({
      title: list.data?.title ?? ui.defaultListTitle(shown),
      intro: list.data?.intro,
      published: list.data?.published ?? false,
      bookIds: list.data?.items.map((i) => i.bookId) ?? [],
    });
    setOpen(true);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={shown}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: ui.yearLabel(y) }))}
          style={{ width: 120 }}
        />
        {manager && <Button onClick={edit}>{ui.editReadingList}</Button>}
      </Space>
      {list.data ? (
        <>
          <Typography.Title level={5}>
            {list.data.title} {!list.data.published && <Tag color="orange">{ui.readingListNotPublished}</Tag>}
          </Typography.Title>
          {list.data.intro && <Typography.Paragraph type="secondary">{list.data.intro}</Typography.Paragraph>}
          <List
            bordered
            dataSource={list.data.items}
            locale={{ emptyText: ui.readingListEmpty }}
            renderItem={(item, i) => (
              <List.Item>
                <List.Item.Meta
                  title={`${i + 1}. 《${item.title}》`}
                  description={[item.author, item.publisher, item.note].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        </>
      ) : (
        <Empty description={manager ? ui.readingListEmpty : ui.readingListNotPublished} />
      )}
      <Modal
        open={open}
        title={ui.editReadingList}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={common.save}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label={ui.readingListTitle} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="intro" label={ui.readingListIntro} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="bookIds" label={ui.books}>
            <Select mode="multiple" options={books.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="published" label={ui.readingListPublished} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
