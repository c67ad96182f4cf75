import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { RankingRow, Selection } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { DateField } from './DateField.js';
import { f, required, t, usePlans, w } from './shared.js';

type Step =
  | { kind: 'nominate'; row: RankingRow }
  | { kind: 'approve' | 'publicize' | 'objection' | 'finalize'; sel: Selection };

/** 年终: the ranking computed from the year's records, and the 优秀学习中心组 selection steps. */
export default function YearEndPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const plans = usePlans();
  const [chosen, setYear] = useState<number | null>(null);
  const year = chosen ?? plans.data?.[0]?.year ?? new Date().getFullYear();
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm();
  const ranking = useQuery({
    queryKey: ['/api/inspections/ranking', year],
    queryFn: () => api.get<RankingRow[]>('/api/inspections/ranking', { year }),
  });
  const selections = useQuery({
    queryKey: ['/api/inspections/selections', year],
    queryFn: () => api.get<Selection[]>('/api/inspections/selections', { year }),
  });
  const manage = canDo(me, 'inspections.selection.manage');
  const approve = canDo(me, 'inspections.selection.approve');
  const nominated = new Set((selections.data ?? []).map((s) => s.unitId));

  const run = useFormSubmit<Record<string, unknown>>(form, async (v) => {
    if (!step) return;
    if (step.kind === 'nominate')
      await api.post('/api/inspections/selections', { year, unitId: step.row.unitId, reason: v.reason });
    else if (step.kind === 'objection')
      await api.post(`/api/inspections/selections/${step.sel.id}/objections`, v);
    else
      await api.post(`/api/inspections/selections/${step.sel.id}/${step.kind}`, {
        ...v,
        version: step.sel.version,
      });
    message.success(w.saved);
    setStep(null);
    form.resetFields();
    await client.invalidateQueries({ queryKey: ['/api/inspections/selections'] });
  });
  const open = (s: Step) => {
    form.resetFields();
    if (s.kind === 'approve') form.setFieldsValue({ approve: true });
    if (s.kind === 'publicize') form.setFieldsValue({ days: 7 });
    if (s.kind === 'finalize') form.setFieldsValue({ decision: 'final' });
    setStep(s);
  };
  const now = new Date().getFullYear();

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {w.menu.yearEnd}
        </Typography.Title>
        <Select
          aria-label={f.year}
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={Array.from({ length: now - 2008 }, (_v, i) => now - i).map((y) => ({
            value: y,
            label: `${y}年`,
          }))}
        />
      </Space>
      <Card size="small" title={w.ranking} style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon title={w.rankingFormula} style={{ marginBottom: 12 }} />
        <Table<RankingRow>
          size="small"
          rowKey="sessionId"
          loading={ranking.isLoading}
          dataSource={ranking.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1060 }}
          locale={{ emptyText: <Empty description={w.empty.ranking} /> }}
          columns={[
            { title: w.rank, dataIndex: 'rank', width: 56, fixed: 'left' },
            { title: f.unitId, dataIndex: 'unitName', width: 170, fixed: 'left' },
            { title: f.areaId, dataIndex: 'areaName', width: 90 },
            { title: f.inspectedOn, dataIndex: 'inspectedOn', width: 110 },
            { title: f.grade, width: 70, render: (_v, r) => (r.grade ? t.grades[r.grade] : '—') },
            { title: w.baseScore, dataIndex: 'baseScore', width: 80 },
            { title: w.practices, dataIndex: 'practices', width: 80 },
            { title: w.shortcomings, dataIndex: 'shortcomings', width: 80 },
            {
              title: w.timelinessCol,
              width: 90,
              render: (_v, r) => (
                <Tag color={r.timeliness === 'onTime' ? 'green' : 'red'}>{t.timeliness[r.timeliness]}</Tag>
              ),
            },
            { title: w.totalCol, dataIndex: 'total', width: 80 },
            {
              title: '',
              width: 150,
              render: (_v, r) =>
                manage && !nominated.has(r.unitId) ? (
                  <Button size="small" onClick={() => open({ kind: 'nominate', row: r })}>
                    {w.nominate}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card size="small" title={w.selectionTitle}>
        <Table<Selection>
          size="small"
          rowKey="id"
          dataSource={selections.data ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <Empty description={w.empty.selections} /> }}
          columns={[
            { title: f.unitId, dataIndex: 'unitName', width: 150, fixed: 'left' },
            { title: w.labels.nominateReason, dataIndex: 'reason', width: 220 },
            { title: w.statusLabel, width: 90, render: (_v, s) => <Tag>{t.selectionStatus[s.status]}</Tag> },
            {
              title: w.publicityCol,
              width: 200,
              render: (_v, s) => (s.publicityStart ? `${s.publicityStart} ~ ${s.publicityEnd}` : '—'),
            },
            {
              title: w.objectionsCol,
              width: 220,
              render: (_v, s) => s.objections.map((o) => `${o.receivedOn} ${o.content}`).join('；') || '—',
            },
            {
              title: '',
              width: 220,
              render: (_v, s) => (
                <Space wrap size={4}>
                  {approve && s.status === 'nominated' && (
                    <Button size="small" onClick={() => open({ kind: 'approve', sel: s })}>
                      {w.approve}
                    </Button>
                  )}
                  {manage && s.status === 'approved' && (
                    <Button size="small" onClick={() => open({ kind: 'publicize', sel: s })}>
                      {w.publicize}
                    </Button>
                  )}
                  {manage && s.status === 'publicizing' && (
                    <Button size="small" onClick={() => open({ kind: 'objection', sel: s })}>
                      {w.objection}
                    </Button>
                  )}
                  {manage && s.status === 'publicizing' && (
                    <Button size="small" type="primary" onClick={() => open({ kind: 'finalize', sel: s })}>
                      {w.finalize}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!step}
        title={step ? w.stepTitles[step.kind] : ''}
        onCancel={() => setStep(null)}
        onOk={() => form.submit()}
        confirmLoading={run.busy}
      >
        <Form form={form} layout="vertical" onFinish={run.submit}>
          {step?.kind === 'nominate' && (
            <Form.Item name="reason" label={w.labels.nominateReason} rules={[required]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {step?.kind === 'approve' && (
            <>
              <Form.Item name="approve" label={w.labels.approveChoice}>
                <Radio.Group
                  options={[
                    { value: true, label: w.approve },
                    { value: false, label: w.reject },
                  ]}
                />
              </Form.Item>
              <Form.Item name="comment" label={w.labels.approvalComment}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {step?.kind === 'publicize' && (
            <Form.Item name="days" label={w.publicityDays} rules={[required]}>
              <InputNumber min={1} max={30} />
            </Form.Item>
          )}
          {step?.kind === 'objection' && (
            <>
              <Form.Item name="content" label={w.labels.objectionContent} rules={[required]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="receivedOn" label={w.labels.objectionReceivedOn} rules={[required]}>
                <DateField />
              </Form.Item>
            </>
          )}
          {step?.kind === 'finalize' && (
            <>
              <Form.Item name="decision" label={w.finalDecision}>
                <Radio.Group
                  options={[
                    { value: 'final', label: t.selectionStatus.final },
                    { value: 'rejected', label: t.selectionStatus.rejected },
                  ]}
                />
              </Form.Item>
              <Form.Item name="comment" label={w.labels.decisionComment}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </div>
  );
}
