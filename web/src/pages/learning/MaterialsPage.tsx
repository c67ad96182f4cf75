import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { StudyMaterial } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useListQuery } from '../../components/useListQuery.js';
import { common, t, ui, useIsPhone } from './shared.js';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear - 2008 }, (_, i) => thisYear - i);
const numberOf = (m: StudyMaterial) => (m.number ? t.materialNumber(m.year, m.number) : ui.unnumbered);

/** 《党员理论学习辅导材料》: numbered per year at 印发, then read by every unit. */
export default function MaterialsPage() {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const manager = canDo(me, 'learning.manage');
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useListQuery<StudyMaterial>('/api/learning/materials', { defaults: { order: 'desc' } });
  const [reading, setReading] = useState<StudyMaterial | null>(null);
  const [editing, setEditing] = useState<StudyMaterial | 'new' | null>(null);
  const [form] = Form.useForm();
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/learning/materials'] });
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await refresh();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const { submit, busy } = useFormSubmit(
    form,
    async (v: { year: number; title: string; contents: string; fileIds?: UploadedFile[] }) => {
      const body = { ...v, fileIds: (v.fileIds ?? []).map((f) => f.id) };
      if (editing === 'new') await api.post('/api/learning/materials', body);
      else if (editing)
        await api.put(`/api/learning/materials/${editing.id}`, { ...body, version: editing.version });
      message.success(common.saved);
      setEditing(null);
      await refresh();
    },
  );
  const open = (m: StudyMaterial | 'new') => {
    form.resetFields();
    if (m === 'new') form.setFieldsValue({ year: thisYear, fileIds: [] });
    else form.setFieldsValue({ year: m.year, title: m.title, contents: m.contents, fileIds: m.files });
    setEditing(m);
  };
  return (
    <Card
      title={`《${t.materialSeries}》`}
      extra={
        manager && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {ui.newMaterial}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={ui.year}
          value={list.filters.year ? Number(list.filters.year) : undefined}
          onChange={(v) => list.setFilters({ year: v ? String(v) : undefined })}
          options={YEARS.map((y) => ({ value: y, label: ui.yearLabel(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      {isPhone && !manager ? (
        // On a phone, units read the issues as a list: number and full title, no sideways scrolling.
        <List
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: ui.noMaterials }}
          renderItem={(m) => (
            <List.Item onClick={() => setReading(m)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={<Typography.Link>{m.title}</Typography.Link>}
                description={numberOf(m)}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<StudyMaterial>
          {...list.tableProps}
          size="middle"
          scroll={{ x: isPhone ? 680 : undefined }}
          locale={{ emptyText: ui.noMaterials }}
          columns={[
            { key: 'number', title: ui.number, width: 140, render: (_v, m) => numberOf(m) },
            {
              key: 'title',
              title: ui.title,
              render: (_v, m) => <Typography.Link onClick={() => setReading(m)}>{m.title}</Typography.Link>,
            },
            {
              key: 'status',
              title: ui.status,
              width: 90,
              render: (_v, m) => (
                <Tag color={m.status === 'published' ? 'green' : 'default'}>
                  {t.materialStatuses[m.status]}
                </Tag>
              ),
            },
            {
              key: 'files',
              title: ui.attachments,
              width: 100,
              render: (_v, m) => (m.files.length ? ui.files(m.files.length) : '—'),
            },
            ...(manager
              ? [
                  {
                    key: 'actions',
                    title: common.actions,
                    width: 200,
                    render: (_v: unknown, m: StudyMaterial) =>
                      m.status === 'draft' && (
                        <Space>
                          <Button size="small" onClick={() => open(m)}>
                            {common.edit}
                          </Button>
                          <Popconfirm
                            title={ui.publishConfirm}
                            onConfirm={() =>
                              act(
                                () =>
                                  api.post(`/api/learning/materials/${m.id}/publish`, { version: m.version }),
                                ui.published,
                              )
                            }
                          >
                            <Button size="small" type="primary">
                              {ui.publish}
                            </Button>
                          </Popconfirm>
                          <Popconfirm
                            title={common.confirmDelete}
                            onConfirm={() =>
                              act(() => api.del(`/api/learning/materials/${m.id}`), common.deleted)
                            }
                          >
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
      )}
      <Drawer
        open={reading !== null}
        onClose={() => setReading(null)}
        title={reading ? `${numberOf(reading)} ${reading.title}` : ''}
        size={isPhone ? '100%' : 640}
      >
        {reading && (
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{reading.contents}</Typography.Paragraph>
            {reading.files.map((f) => (
              <div key={f.id}>
                <a href={`/api/files/${f.id}`} target="_blank" rel="noreferrer">
                  {f.originalName}
                </a>
              </div>
            ))}
          </>
        )}
      </Drawer>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? ui.newMaterial : ui.editMaterial}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={common.save}
        confirmLoading={busy}
        destroyOnHidden
        width={isPhone ? '100%' : 680}
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="year" label={ui.year} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="title" label={ui.title} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="contents" label={ui.contents} rules={[{ required: true, max: 20000 }]}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Form.Item name="fileIds" label={ui.attachments}>
            <FileUpload max={20} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
