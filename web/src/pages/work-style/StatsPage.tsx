import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { ProblemStats } from '../../../../common/problems.js';
import { api } from '../../api.js';
import { DateInput, useCampaigns, useIsPhone, w, ws } from './shared.js';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

function Chart({ option, height = 280 }: { option: echarts.EChartsCoreOption; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({ animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} />;
}

type Bucket = ProblemStats['byCategory'][number];
const bucketColumns = (title: string) => [
  { title, dataIndex: 'label', key: 'label' },
  { title: w.count, dataIndex: 'count', key: 'count', width: 70 },
  { title: ws.stats.done, dataIndex: 'done', key: 'done', width: 70 },
  { title: ws.stats.overdue, dataIndex: 'overdue', key: 'overdue', width: 70 },
];

/** 统计: problems by category, unit and status, overdue and rectification rate, per campaign and period. */
export default function StatsPage() {
  const isPhone = useIsPhone();
  const campaigns = useCampaigns();
  const [filters, setFilters] = useState<{ campaignId?: number; from?: string; to?: string }>({});
  const stats = useQuery({
    queryKey: ['/api/problems/stats', filters],
    queryFn: () => api.get<ProblemStats>('/api/problems/stats', filters),
  });
  const s = stats.data;
  const bar = (items: Bucket[]): echarts.EChartsCoreOption => ({
    tooltip: {},
    grid: { left: 8, right: 8, bottom: 8, top: 24, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: items.map((b) => b.label).reverse(),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: ws.stats.done,
        type: 'bar',
        stack: 'a',
        data: items.map((b) => b.done).reverse(),
        color: '#52c41a',
      },
      {
        name: w.count,
        type: 'bar',
        stack: 'a',
        data: items.map((b) => b.count - b.done).reverse(),
        color: '#1677ff',
      },
    ],
  });
  return (
    <div>
      <Typography.Title level={4}>{w.statsTitle}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={w.allCampaigns}
          onChange={(v) => setFilters((f) => ({ ...f, campaignId: v }))}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: isPhone ? '100%' : 280 }}
        />
        <DateInput
          aria-label={w.periodFrom}
          style={{ width: 160 }}
          value={filters.from}
          onChange={(v) => setFilters((f) => ({ ...f, from: v }))}
        />
        <DateInput
          aria-label={w.periodTo}
          style={{ width: 160 }}
          value={filters.to}
          onChange={(v) => setFilters((f) => ({ ...f, to: v }))}
        />
      </Flex>
      {s && (
        <>
          <Row gutter={[12, 12]}>
            {[
              [ws.stats.total, s.total],
              [ws.stats.departments, s.departments],
              [ws.stats.done, s.done],
              [ws.stats.overdue, s.overdue],
            ].map(([label, value]) => (
              <Col xs={12} md={4} key={label}>
                <Card size="small">
                  <Statistic
                    title={label}
                    value={value}
                    styles={
                      label === ws.stats.overdue && Number(value) > 0
                        ? { content: { color: '#cf1322' } }
                        : undefined
                    }
                  />
                </Card>
              </Col>
            ))}
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={ws.stats.rate} value={(s.rectificationRate * 100).toFixed(1)} suffix="%" />
              </Card>
            </Col>
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={w.byCategory}>
                <Chart
                  option={{
                    tooltip: {},
                    series: [
                      {
                        type: 'pie',
                        radius: ['35%', '65%'],
                        data: s.byCategory.map((b) => ({ name: b.label, value: b.count })),
                      },
                    ],
                  }}
                />
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={s.byCategory}
                  columns={bucketColumns(w.byCategory)}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={w.byStatus}>
                <Chart option={bar(s.byStatus.filter((b) => b.count > 0))} />
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={s.byStatus}
                  columns={bucketColumns(w.byStatus)}
                />
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small" title={w.byUnit}>
                <Chart
                  option={bar(s.byUnit.slice(0, 30))}
                  height={Math.max(280, Math.min(30, s.byUnit.length) * 22)}
                />
                <Table
                  size="small"
                  rowKey="key"
                  pagination={{ pageSize: 10 }}
                  dataSource={s.byUnit}
                  columns={bucketColumns(w.byUnit)}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
