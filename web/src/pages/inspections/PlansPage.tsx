import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import PlanCalendar from './PlanCalendar.js';
import PlanEditorDrawer from './PlanEditorDrawer.js';
import ProgressCard from './ProgressCard.js';
import { t, usePlan, usePlans, w } from './shared.js';

/** 巡听计划: the year's notice, its calendar (12 months × units) and progress; the committee edits and issues it. */
export default function PlansPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const canManage = canDo(me, 'inspections.plan.manage');
  const years = (plans.data ?? []).map((p) => p.year);
  const year = Number(params.get('year')) || years[0] || new Date().getFullYear();
  const summary = plans.data?.find((p) => p.year === year);
  const plan = usePlan(summary?.id);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);

  const issue = async () => {
    if (!plan.data) return;
    try {
      const res = await api.post<{ docNo: string }>(`/api/inspections/plans/${plan.data.id}/issue`, {
        version: plan.data.version,
      });
      message.success(w.issued(res.docNo));
      await client.invalidateQueries({ queryKey: ['/api/inspections/plans'] });
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {w.menu.plans}
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label={w.year}
            value={year}
            style={{ width: 120 }}
            options={[...new Set([...years, year])]
              .sort((a, b) => b - a)
              .map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(y) => setParams({ year: String(y) })}
          />
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {w.newPlan}
            </Button>
          )}
        </Space>
      </Space>

      {!summary && !plans.isLoading && (
        <Card>
          <Empty description={canManage ? w.noPlan : w.noPlanUnit} />
        </Card>
      )}

      {plan.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card
              size="small"
              title={w.notice}
              extra={
                canManage &&
                plan.data.status === 'draft' && (
                  <Space>
                    <Button onClick={() => setEditing('edit')}>{w.edit}</Button>
                    <Popconfirm title={w.issueConfirm} onConfirm={issue}>
                      <Button type="primary">{w.issue}</Button>
                    </Popconfirm>
                  </Space>
                )
              }
            >
              <Typography.Title level={5} style={{ textAlign: 'center' }}>
                {plan.data.title}
              </Typography.Title>
              <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
                <Descriptions.Item label={w.docNoLabel}>{plan.data.docNo ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w.issuedOnLabel}>{plan.data.issuedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w.statusLabel}>
                  <Tag color={plan.data.status === 'issued' ? 'green' : 'default'}>
                    {t.planStatus[plan.data.status]}
                  </Tag>
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {plan.data.noticeBody}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{w.noticeUnits(plan.data.entries.length)}</Typography.Text>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <ProgressCard year={year} />
          </Col>
          <Col span={24}>
            <PlanCalendar planId={plan.data.id} />
          </Col>
        </Row>
      )}

      <PlanEditorDrawer
        open={editing !== null}
        plan={editing === 'edit' ? (plan.data ?? null) : null}
        onClose={() => setEditing(null)}
        onSaved={(_id, savedYear) => {
          setEditing(null);
          setParams({ year: String(savedYear) });
        }}
      />
    </div>
  );
}
