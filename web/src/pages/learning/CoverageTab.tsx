import { useQuery } from '@tanstack/react-query';
import { Alert, Input, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { type Coverage, READING_ACTIVITY_TYPES } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { currentHalf, t, ui, useIsPhone } from './shared.js';

type Row = Coverage['rows'][number];

/** Unit × activity-type matrix for a period; units that reported nothing stand out. */
export default function CoverageTab() {
  const isPhone = useIsPhone();
  const [period, setPeriod] = useState(currentHalf());
  const [onlySilent, setOnlySilent] = useState(false);
  const q = useQuery({
    queryKey: ['/api/learning/activities/coverage', period],
    queryFn: () => api.get<Coverage>('/api/learning/activities/coverage', period),
    enabled: !!period.from && !!period.to && period.from <= period.to,
  });
  const data = q.data;
  const rows = (data?.rows ?? []).filter((r) => !onlySilent || r.total === 0);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {ui.coveragePeriod}
        <Input
          type="date"
          aria-label={ui.from}
          value={period.from}
          onChange={(e) => setPeriod({ ...period, from: e.target.value })}
          style={{ width: 160 }}
        />
        <Input
          type="date"
          aria-label={ui.to}
          value={period.to}
          onChange={(e) => setPeriod({ ...period, to: e.target.value })}
          style={{ width: 160 }}
        />
        <Switch checked={onlySilent} onChange={setOnlySilent} aria-label={ui.onlySilent} />
        {ui.onlySilent}
      </Space>
      {q.error && <Alert type="error" title={q.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Alert
          type={data.unitsReported < data.unitsTotal ? 'warning' : 'success'}
          title={ui.coverageSummary(data.unitsTotal, data.unitsReported, data.activitiesTotal)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<Row>
        rowKey="unitId"
        size="small"
        loading={q.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: isPhone ? 900 : undefined }}
        columns={[
          { key: 'unit', title: ui.unit, dataIndex: 'unitName', fixed: 'left', width: 200 },
          { key: 'area', title: ui.area, dataIndex: 'areaName', width: 100 },
          ...READING_ACTIVITY_TYPES.map((type) => ({
            key: type,
            title: t.activityTypes[type],
            width: 90,
            align: 'center' as const,
            render: (_v: unknown, r: Row) =>
              r.counts[type] ? r.counts[type] : <Typography.Text type="secondary">·</Typography.Text>,
          })),
          {
            key: 'total',
            title: ui.total,
            width: 90,
            align: 'center' as const,
            render: (_v: unknown, r: Row) =>
              r.total ? (
                <Typography.Text strong>{r.total}</Typography.Text>
              ) : (
                <Typography.Text type="danger">{ui.silent}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
