import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { SessionState } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { MONTHS, StateTag, useIsPhone, w } from './shared.js';

interface Row {
  sessionId: number;
  unitId: number;
  unitName: string;
  areaName: string | null;
  plannedMonth: number;
  effectiveDate: string | null;
  inspectedOn: string | null;
  state: SessionState;
}

/** The year at a glance: units × 12 months (a month list on phones). */
export default function PlanCalendar({ planId }: { planId: number }) {
  const isPhone = useIsPhone();
  const { data = [], isLoading } = useQuery({
    queryKey: ['/api/inspections/plans', planId, 'calendar'],
    queryFn: () => api.get<Row[]>(`/api/inspections/plans/${planId}/calendar`),
  });
  const cell = (r: Row) => (
    <Link to={`/inspections/sessions/${r.sessionId}`}>
      <StateTag state={r.state} />
      {(r.inspectedOn ?? r.effectiveDate) && (
        <div style={{ fontSize: 12, color: '#888' }}>{(r.inspectedOn ?? r.effectiveDate)?.slice(5)}</div>
      )}
    </Link>
  );
  if (!isLoading && data.length === 0) return <Empty description={w.notOnPlan} />;
  if (isPhone) {
    return (
      <Card title={w.calendar} size="small">
        <Collapse
          size="small"
          items={MONTHS.filter((m) => data.some((r) => r.plannedMonth === m)).map((m) => {
            const rows = data.filter((r) => r.plannedMonth === m);
            return {
              key: m,
              label: `${w.monthOf(m)}（${rows.length}）`,
              children: rows.map((r) => (
                <div
                  key={r.sessionId}
                  style={{ display: 'flex', justifyContent: 'space-between', padding: '4px 0' }}
                >
                  <Link to={`/inspections/sessions/${r.sessionId}`}>{r.unitName}</Link>
                  <StateTag state={r.state} />
                </div>
              )),
            };
          })}
        />
      </Card>
    );
  }
  return (
    <Card title={w.calendar} size="small" extra={<Legend />}>
      <Table
        size="small"
        rowKey="sessionId"
        loading={isLoading}
        dataSource={data}
        pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1300 }}
        bordered
        columns={[
          { title: w.calendarUnit, dataIndex: 'unitName', fixed: 'left', width: 200 },
          { title: w.calendarArea, dataIndex: 'areaName', width: 90 },
          ...MONTHS.map((m) => ({
            title: w.monthOf(m),
            key: m,
            width: 82,
            align: 'center' as const,
            render: (_v: unknown, r: Row) => (r.plannedMonth === m ? cell(r) : null),
          })),
        ]}
      />
    </Card>
  );
}

function Legend() {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {w.legend}：
      {(['planned', 'studyPlanMissing', 'studyPlanSubmitted', 'studyPlanAccepted', 'inspected'] as const).map(
        (s) => (
          <StateTag key={s} state={s} />
        ),
      )}
    </Typography.Text>
  );
}
