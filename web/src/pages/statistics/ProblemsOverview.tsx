import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row } from 'antd';
import { useNavigate } from 'react-router';
import type { ProblemStats } from '../../../../common/problems.js';
import { api } from '../../api.js';
import EChart from '../../components/EChart.js';
import { zh } from '../../locale.js';
import type { Period } from './period.js';

type Bucket = ProblemStats['byCategory'][number];

const bar = (items: Bucket[]) => ({
  grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'value', minInterval: 1 },
  yAxis: { type: 'category', data: items.map((b) => b.label), inverse: true },
  series: [
    { type: 'bar', data: items.map((b) => b.count), itemStyle: { color: '#c41d1d' }, barMaxWidth: 20 },
  ],
});

/**
 * 作风问题分布 on the overview: problems of the period by category, by status and by department; a bar
 * opens the problem list filtered to exactly those records.
 */
export default function ProblemsOverview({ period }: { period: Period }) {
  const t = zh.reports.web;
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: ['problem-stats', period],
    queryFn: () => api.get<ProblemStats>('/api/problems/stats', { from: period.from, to: period.to }),
  });
  if (!data) return null;
  const open = (filter: Record<string, string>) =>
    navigate(
      `/work-style?${new URLSearchParams({ ...filter, from: period.from, to: period.to }).toString()}`,
    );
  const units = data.byUnit.slice(0, 10);
  const charts: {
    title: string;
    items: Bucket[];
    filter: (b: Bucket) => Record<string, string>;
    testId: string;
  }[] = [
    {
      title: t.problemsByCategory,
      items: data.byCategory,
      filter: (b) => ({ categoryName: b.key }),
      testId: 'problems-by-category',
    },
    {
      title: t.problemsByStatus,
      items: data.byStatus,
      filter: (b) => ({ status: b.key }),
      testId: 'problems-by-status',
    },
    { title: t.problemsByUnit, items: units, filter: (b) => ({ unitId: b.key }), testId: 'problems-by-unit' },
  ];
  return (
    <Card title={t.problemsOverview} style={{ marginTop: 16 }}>
      {data.total === 0 ? (
        <Empty description={t.noData} />
      ) : (
        <Row gutter={[16, 16]}>
          {charts.map((c) => (
            <Col xs={24} lg={8} key={c.testId}>
              <div style={{ fontWeight: 600, marginBottom: 4 }}>{c.title}</div>
              <EChart
                testId={c.testId}
                height={Math.max(160, c.items.length * 28 + 40)}
                option={bar(c.items)}
                onClick={(p) => open(c.filter(c.items[p.dataIndex]))}
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
