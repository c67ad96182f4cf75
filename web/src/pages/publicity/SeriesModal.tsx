import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../../common/campaigns.js';
import type { Series } from '../../../../common/publications.js';
import { api, type Page } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { common, p, ui, useSeries } from './shared.js';

/** 简报系列: name, 编印单位, whether a running total (总第N期) is kept and from where. */
export default function SeriesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const series = useSeries();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Series | 'new' | null>(null);
  const [form] = Form.useForm();
  const campaigns = useQuery({
    queryKey: ['/api/work-style/campaigns', 'series-select'],
    queryFn: () =>
      api.get<Page<Campaign>>('/api/work-style/campaigns', { pageSize: 100, sort: 'year', order: 'desc' }),
    enabled: open,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/publications/series'] });
  const { submit, busy } = useFormSubmit(form, async (v: Record<string, unknown>) => {
    if (editing === 'new') await api.post('/api/publications/series', v);
    else if (editing)
      await api.put(`/api/publications/series/${editing.id}`, { ...v, version: editing.version });
    message.success(common.saved);
    setEditing(null);
    await refresh();
  });
  const remove = async (s: Series) => {
    try {
      await api.del(`/api/publications/series/${s.id}`);
      await refresh();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={p.pages.series} width={720} destroyOnHidden>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ hasRunningTotal: false, totalBase: 0, campaignId: null });
          setEditing('new');
        }}
      >
        {ui.newSeries}
      </Button>
      <Table<Series>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={series.data ?? []}
        locale={{ emptyText: ui.noSeries }}
        scroll={{ x: 560 }}
        columns={[
          { key: 'name', title: ui.seriesName, dataIndex: 'name' },
          { key: 'editorUnit', title: ui.editorUnit, dataIndex: 'editorUnit' },
          { key: 'campaign', title: ui.campaign, dataIndex: 'campaignName', render: (v) => v ?? '—' },
          { key: 'issueCount', title: ui.issueCount, dataIndex: 'issueCount', width: 100 },
          {
            key: 'actions',
            title: common.actions,
            width: 140,
            render: (_v, s) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue(s);
                    setEditing(s);
                  }}
                >
                  {common.edit}
                </Button>
                <Popconfirm title={common.confirmDelete} onConfirm={() => remove(s)}>
                  <Button size="small" danger>
                    {common.delete}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? ui.newSeries : ui.editSeries}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={common.save}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="name" label={ui.seriesName} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="editorUnit" label={ui.editorUnit} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="campaignId" label={ui.campaign} extra={ui.campaignHint}>
            <Select
              allowClear
              placeholder={ui.noCampaign}
              loading={campaigns.isLoading}
              options={(campaigns.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.year}年 ${c.name}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="hasRunningTotal" label={ui.hasRunningTotal} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="totalBase" label={ui.totalBase}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
        </Form>
      </Modal>
    </Modal>
  );
}
