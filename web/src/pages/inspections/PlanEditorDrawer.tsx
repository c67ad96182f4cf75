import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { PlanDetail } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { f, monthOptions, required, useAllUnits, useIsPhone, w } from './shared.js';

interface Values {
  year: number;
  title: string;
  docPrefix: string;
  noticeBody: string;
}
type Entry = { unitId: number; month: number };

/** Create or edit a draft yearly plan: the notice text and the units with a month each. */
export default function PlanEditorDrawer({
  open,
  plan,
  onClose,
  onSaved,
}: {
  open: boolean;
  plan: PlanDetail | null;
  onClose: () => void;
  onSaved: (id: number, year: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const units = useAllUnits(open);
  const [entries, setEntries] = useState<Entry[]>([]);
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);

  useEffect(() => {
    if (!open) return;
    const year = new Date().getFullYear();
    setEntries(plan ? plan.entries.map((e) => ({ unitId: e.unitId, month: e.month })) : []);
    form.setFieldsValue(
      plan
        ? { year: plan.year, title: plan.title, docPrefix: plan.docPrefix, noticeBody: plan.noticeBody }
        : {
            year,
            title: `关于开展${year}年党组(党委)中心组理论学习巡听活动的通知`,
            docPrefix: '市直工委',
            noticeBody: '',
          },
    );
  }, [open, plan, form]);

  const { submit, busy } = useFormSubmit<Values>(form, async (values) => {
    const body = { ...values, entries };
    const res = plan
      ? await api.put<{ id: number }>(`/api/inspections/plans/${plan.id}`, { ...body, version: plan.version })
      : await api.post<{ id: number }>('/api/inspections/plans', body);
    message.success(w.saved);
    await client.invalidateQueries({ queryKey: ['/api/inspections/plans'] });
    onSaved(res.id, plan?.year ?? values.year);
  });

  const addUnits = (ids: number[]) => {
    const have = new Set(entries.map((e) => e.unitId));
    setEntries([...entries, ...ids.filter((id) => !have.has(id)).map((unitId) => ({ unitId, month: 3 }))]);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={plan ? w.editPlan : w.newPlan}
      size={isPhone ? '100%' : 820}
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {w.save}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Space wrap>
          <Form.Item name="year" label={f.year} rules={[required]}>
            <InputNumber min={2000} max={2100} disabled={!!plan} />
          </Form.Item>
          <Form.Item name="docPrefix" label={f.docPrefix} rules={[required]} extra={w.docPrefixHint}>
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={f.title} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="noticeBody" label={f.noticeBody}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item label={`${f.entries}（${w.unitsCount(entries.length)}）`} required>
          <div>
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              placeholder={w.addUnits}
              aria-label={w.addUnits}
              loading={units.isLoading}
              value={[]}
              onChange={(ids: number[]) => addUnits(ids)}
              options={(units.data ?? []).map((u) => ({
                value: u.id,
                label: `${u.name}（${u.areaName ?? ''}）`,
              }))}
              style={{ width: '100%', marginBottom: 8 }}
            />
            <Table
              size="small"
              rowKey="unitId"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={entries}
              locale={{ emptyText: w.entriesRequired }}
              columns={[
                { title: f.unitId, render: (_v, e) => unitName.get(e.unitId) ?? e.unitId },
                {
                  title: f.month,
                  width: 120,
                  render: (_v, e) => (
                    <Select
                      size="small"
                      value={e.month}
                      options={monthOptions}
                      style={{ width: 90 }}
                      onChange={(month) =>
                        setEntries(entries.map((x) => (x.unitId === e.unitId ? { ...x, month } : x)))
                      }
                    />
                  ),
                },
                {
                  width: 48,
                  render: (_v, e) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      aria-label={w.remove}
                      icon={<DeleteOutlined />}
                      onClick={() => setEntries(entries.filter((x) => x.unitId !== e.unitId))}
                    />
                  ),
                },
              ]}
            />
          </div>
        </Form.Item>
        <Typography.Paragraph type="secondary">{w.planHint}</Typography.Paragraph>
      </Form>
    </Drawer>
  );
}
