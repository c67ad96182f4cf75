import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import { currentHalf, type Period, PeriodPicker } from './period.js';

interface Item {
  id: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

/** 工作总结: the drafts, and 起草 — the system counts the period's records and writes the draft. */
export default function SummariesPage() {
  const list = useListQuery<Item>('/api/reports/summaries');
  const [open, setOpen] = useState(false);
  const t = zh.reports.web;
  return (
    <Card
      title={t.summaries}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {zh.reports.newDraft}
        </Button>
      }
    >
      <Table<Item>
        {...list.tableProps}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t.titleCol,
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/statistics/summaries/${r.id}`}>{v}</Link>,
          },
          {
            title: t.periodCol,
            key: 'period',
            render: (_: unknown, r) => `${r.periodFrom} 至 ${r.periodTo}`,
            width: 220,
          },
          { title: t.version, dataIndex: 'version', width: 70 },
          {
            title: t.updated,
            dataIndex: 'updatedAt',
            width: 200,
            render: (v: string, r) =>
              `${new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} ${r.updatedByName ?? ''}`,
          },
        ]}
      />
      <DraftModal open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function DraftModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const [period, setPeriod] = useState<Period>(currentHalf());
  const navigate = useNavigate();
  const { submit, busy } = useFormSubmit(form, async () => {
    const { id } = await api.post<{ id: number }>('/api/reports/summaries', period);
    navigate(`/statistics/summaries/${id}`);
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={zh.reports.newDraft}
      okText={zh.reports.web.draft}
      confirmLoading={busy}
      onOk={() => form.submit()}
    >
      <Form form={form} onFinish={submit} layout="vertical">
        <Typography.Paragraph type="secondary">{zh.reports.web.draftHint}</Typography.Paragraph>
        <Form.Item label={zh.reports.period}>
          <Space>
            <PeriodPicker value={period} onChange={setPeriod} />
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
