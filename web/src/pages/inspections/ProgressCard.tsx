import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Progress, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { DateField } from './DateField.js';
import { w } from './shared.js';

interface ProgressData {
  from: string;
  to: string;
  planned: number;
  inspected: number;
  byMonth: { month: string; planned: number; inspected: number }[];
}

/** "已巡听 N / 计划 M" for any period, counted by the server from submitted records. */
export default function ProgressCard({ year }: { year: number }) {
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) {
    setShownYear(year);
    setFrom(`${year}-01-01`);
    setTo(`${year}-12-31`);
  }
  const { data, error } = useQuery({
    queryKey: ['/api/inspections/progress', from, to],
    queryFn: () => api.get<ProgressData>('/api/inspections/progress', { from, to }),
    enabled: !!from && !!to && from <= to,
  });
  const percent = data?.planned ? Math.round((data.inspected / data.planned) * 100) : 0;
  return (
    <Card title={w.progressTitle} size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{w.progressPeriod}</span>
        <DateField
          aria-label={w.periodFrom}
          value={from}
          onChange={(v) => v && setFrom(v)}
          allowClear={false}
          style={{ width: 150 }}
        />
        <span>{w.periodTo}</span>
        <DateField
          aria-label={w.periodTo}
          value={to}
          onChange={(v) => v && setTo(v)}
          allowClear={false}
          style={{ width: 150 }}
        />
      </Space>
      {error && <Typography.Text type="danger">{(error as Error).message}</Typography.Text>}
      {data && (
        <>
          <Flex gap={24} align="center" wrap>
            <Statistic title={w.progressLabel} value={w.progress(data.inspected, data.planned)} />
            <Progress type="circle" percent={percent} size={72} />
          </Flex>
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="month"
            pagination={false}
            dataSource={data.byMonth}
            scroll={{ x: true }}
            columns={[
              { title: w.byMonth, dataIndex: 'month' },
              { title: w.plannedCol, dataIndex: 'planned', align: 'right' },
              { title: w.inspectedCol, dataIndex: 'inspected', align: 'right' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
