import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CategoryComparison as Comparison } from '../../../../common/reports.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import EChart, { type ChartOption } from '../../components/EChart.js';
import { zh } from '../../locale.js';
import type { Period } from './period.js';

type Category = Comparison['categories'][number];

const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** Vertical bars on wide screens; on a phone the categories go down the side, so their names stay readable. */
function chartOption(categories: Category[], narrow: boolean): ChartOption {
  const t = zh.reports.web;
  const series = (name: string, values: (number | null)[], color: string) => ({
    name,
    type: 'bar',
    data: values.map((v) => v ?? '-'),
    itemStyle: { color },
    barMaxWidth: narrow ? 10 : 28,
  });
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    ...(narrow
      ? {
          yAxis: { type: 'category', data: categories.map((c) => c.category), inverse: true },
          xAxis: { type: 'value', min: 0, max: 100 },
        }
      : {
          xAxis: {
            type: 'category',
            data: categories.map((c) => c.category),
            axisLabel: { interval: 0, width: 90, overflow: 'break' },
          },
          yAxis: { type: 'value', min: 0, max: 100 },
        }),
    series: [
      series(
        t.averageCol,
        categories.map((c) => c.average),
        '#c41d1d',
      ),
      series(
        t.highestCol,
        categories.map((c) => c.highest),
        '#fa8c16',
      ),
      series(
        t.lowestCol,
        categories.map((c) => c.lowest),
        '#bfbfbf',
      ),
    ],
  };
}

/**
 * 考评类别对比: the assessment of the period (a picker when several overlap it) per category — units,
 * average, highest, lowest and awards — as a bar chart and a table; a bar opens the category's
 * ranked results on the assessment's results page.
 */
export default function CategoryComparison({ period, areaId }: { period: Period; areaId?: number }) {
  const t = zh.reports.web;
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [schemeId, setSchemeId] = useState<number | undefined>();
  const query = useQuery({
    queryKey: ['assessment-categories', period, areaId, schemeId],
    queryFn: () => api.get<Comparison>('/api/reports/assessment-categories', { ...period, areaId, schemeId }),
  });
  const data = query.data;
  const narrow = Grid.useBreakpoint().md === false;
  const option = useMemo(
    () => (data?.categories.length ? chartOption(data.categories, narrow) : null),
    [data, narrow],
  );
  const committee = !!me && (me.roles.includes('committee_staff') || me.roles.includes('committee_leader'));
  const canOpen = canDo(me, 'assessments.results');
  const open = (category: string) => {
    if (!data?.scheme || !canOpen) return;
    navigate(
      `/assessments/schemes/${data.scheme.id}?${new URLSearchParams({ tab: 'results', category }).toString()}`,
    );
  };
  const scheme = data?.scheme;
  return (
    <Card title={t.categories} style={{ marginTop: 16 }} data-testid="category-comparison">
      {query.error && <Alert type="error" title={(query.error as Error).message} />}
      {data && !scheme && (
        <Empty
          description={committee ? t.categoriesNone : t.categoriesNoneUnit}
          data-testid="categories-empty"
        >
          {canDo(me, 'assessments.read') && <Link to="/assessments">{t.categoriesManage}</Link>}
        </Empty>
      )}
      {scheme && (
        <Space orientation="vertical" style={{ width: '100%' }} size={8}>
          <Space wrap>
            {data.schemes.length > 1 ? (
              <Select
                aria-label={t.categoriesScheme}
                value={scheme.id}
                onChange={setSchemeId}
                style={{ width: 260, maxWidth: '100%' }}
                options={data.schemes.map((s) => ({ value: s.id, label: s.name }))}
              />
            ) : (
              <Typography.Text strong>{scheme.name}</Typography.Text>
            )}
            <Tag color={scheme.status === 'published' ? 'green' : 'orange'}>
              {t.schemeStatus[scheme.status] ?? scheme.status}
            </Tag>
            <Typography.Text type="secondary">
              {scheme.periodStart} ~ {scheme.periodEnd}
            </Typography.Text>
          </Space>
          {scheme.status !== 'published' && <Alert type="warning" showIcon title={t.categoriesProvisional} />}
          {option ? (
            <>
              {canOpen && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.categoriesHint}
                </Typography.Text>
              )}
              <EChart
                testId="category-chart"
                height={narrow ? data.categories.length * 48 + 64 : 300}
                option={option}
                onClick={(p) => open(data.categories[p.dataIndex].category)}
              />
            </>
          ) : (
            <Empty description={t.noData} />
          )}
          <Table<Category>
            size="small"
            rowKey="category"
            pagination={false}
            dataSource={data.categories}
            scroll={{ x: 820 }}
            columns={[
              {
                key: 'category',
                title: t.categoryCol,
                dataIndex: 'category',
                fixed: 'left',
                width: 120,
                render: (v: string) =>
                  canOpen ? <Typography.Link onClick={() => open(v)}>{v}</Typography.Link> : v,
              },
              { key: 'units', title: t.unitsCol, dataIndex: 'units', width: 70, align: 'right' },
              { key: 'scored', title: t.scoredCol, dataIndex: 'scored', width: 70, align: 'right' },
              {
                key: 'average',
                title: t.averageCol,
                dataIndex: 'average',
                width: 80,
                align: 'right',
                render: score,
              },
              {
                key: 'highest',
                title: t.highestCol,
                width: 210,
                render: (_v, c) => (c.highest === null ? '—' : `${score(c.highest)}（${c.highestUnit}）`),
              },
              {
                key: 'lowest',
                title: t.lowestCol,
                width: 210,
                render: (_v, c) => (c.lowest === null ? '—' : `${score(c.lowest)}（${c.lowestUnit}）`),
              },
              {
                key: 'awards',
                title: t.awardsCol,
                render: (_v, c) =>
                  c.awards.length
                    ? c.awards.map((a) => `${a.unitName}（${a.title}）`).join('、')
                    : t.awardsNone,
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
