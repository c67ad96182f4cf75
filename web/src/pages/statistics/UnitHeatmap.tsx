import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Grid, Pagination, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { HeatCell, Heatmap } from '../../../../common/reports.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import EChart, { type ChartOption } from '../../components/EChart.js';
import { zh } from '../../locale.js';
import FigureSources from './FigureSources.js';
import type { Period } from './period.js';

const TOP_N = [10, 20, 50, 100];
const ROW_HEIGHT = 30;

/** Desktop: full column names; phone: two-character names in narrow columns, so no sideways scroll. */
const LAYOUT = {
  wide: { label: 112, column: 76, font: 12, names: zh.reports.web.heatColumns },
  narrow: { label: 76, column: 38, font: 10, names: zh.reports.web.heatColumnsShort },
};
type Layout = (typeof LAYOUT)['wide'];

/** What a cell says: a rate for '%' figures, else counted of due ("1/2"); "—" when nothing was due. */
function cellText(cell: HeatCell, measure: string): string {
  if (measure === '%') return cell.total ? `${cell.value}%` : '—';
  return cell.total ? zh.reports.web.heatShare(cell.count, cell.total) : '—';
}

function chartOption(data: Heatmap, layout: Layout): ChartOption {
  const t = zh.reports.web;
  type Item = { value: [number, number, number]; text: string; label?: { color: string } };
  const due: Item[] = [];
  const idle: Item[] = [];
  data.rows.forEach((row, y) => {
    data.columns.forEach((col, x) => {
      const cell = row.cells[col.key];
      const item: Item = { value: [x, y, cell.rate ?? 0], text: cellText(cell, col.measure) };
      if (cell.rate === null) idle.push(item);
      else due.push({ ...item, label: { color: cell.rate < 35 ? '#fff' : '#1f1f1f' } });
    });
  });
  const tip = (p: { value: [number, number, number]; data: { text: string } }) => {
    const row = data.rows[p.value[1]];
    const col = data.columns[p.value[0]];
    const cell = row.cells[col.key];
    const text = cell.total
      ? `${col.measure === '%' ? `${cell.value}%（${cell.count}/${cell.total}）` : p.data.text}`
      : t.heatNothingDue;
    return t.heatCellTip(row.unitName, t.heatColumns[col.key] ?? col.label, text);
  };
  const label = {
    show: true,
    fontSize: layout.font - 1,
    formatter: (p: { data: { text: string } }) => p.data.text,
  };
  return {
    animation: false,
    grid: { left: layout.label, right: 8, top: 44, bottom: 44 },
    tooltip: { formatter: tip },
    xAxis: {
      type: 'category',
      position: 'top',
      data: data.columns.map((c) => layout.names[c.key] ?? c.label),
      axisLabel: { interval: 0, width: layout.column - 4, overflow: 'break', fontSize: layout.font },
      axisTick: { show: false },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.rows.map((r) => r.unitName),
      axisLabel: { width: layout.label - 10, overflow: 'truncate', fontSize: layout.font },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: 100,
      seriesIndex: 0,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 120,
      itemWidth: 10,
      text: [t.heatRange[1], t.heatRange[0]],
      inRange: { color: ['#cf1322', '#fadb14', '#52c41a'] },
    },
    series: [
      {
        type: 'heatmap',
        data: due,
        label,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
      },
      {
        type: 'heatmap',
        data: idle,
        label: { ...label, color: '#8c8c8c' },
        itemStyle: { color: '#f5f5f5', borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
}

/**
 * 各单位工作落实热力图 on the overview: the units of the caller's scope (most lagging first, top N
 * with paging) × the lines of work, each cell a figure narrowed to the unit; a cell opens the
 * records behind it. The chart keeps its width and scrolls sideways on a phone.
 */
export default function UnitHeatmap({ period, areaId }: { period: Period; areaId?: number }) {
  const t = zh.reports.web;
  const { data: me } = useMe();
  const [pageSize, setPageSize] = useState(20);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<{ key: string; unitId: number } | null>(null);
  const heat = useQuery({
    queryKey: ['report-heatmap', period, areaId, page, pageSize],
    queryFn: () => api.get<Heatmap>('/api/reports/heatmap', { ...period, areaId, page, pageSize }),
  });
  const data = heat.data;
  const layout = Grid.useBreakpoint().md === false ? LAYOUT.narrow : LAYOUT.wide;
  const option = useMemo(() => (data ? chartOption(data, layout) : null), [data, layout]);
  const reset = (n: number) => {
    setPageSize(n);
    setPage(1);
  };
  return (
    <Card
      title={t.heatmap}
      style={{ marginTop: 16 }}
      data-testid="unit-heatmap-card"
      extra={
        data && data.total > 10 ? (
          <Select
            size="small"
            value={pageSize}
            onChange={reset}
            aria-label={t.heatShow}
            style={{ width: 150 }}
            options={TOP_N.map((n) => ({ value: n, label: t.heatTop(n) }))}
          />
        ) : undefined
      }
    >
      {heat.error && <Alert type="error" title={(heat.error as Error).message} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t.heatmapHint}
      </Typography.Paragraph>
      {data && data.rows.length === 0 && <Empty description={t.noData} />}
      {data && option && data.rows.length > 0 && (
        <div style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }}>
          <div style={{ minWidth: layout.label + 8 + data.columns.length * layout.column }}>
            <EChart
              testId="unit-heatmap"
              height={data.rows.length * ROW_HEIGHT + 96}
              option={option}
              onClick={(p) => {
                const [x, y] = p.value as [number, number];
                setOpen({ key: data.columns[x].key, unitId: data.rows[y].unitId });
              }}
            />
          </div>
        </div>
      )}
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        {data && <Typography.Text type="secondary">{t.heatUnits(data.total)}</Typography.Text>}
        {data && data.total > pageSize && (
          <Pagination
            size="small"
            simple
            showSizeChanger={false}
            current={page}
            pageSize={pageSize}
            total={data.total}
            onChange={setPage}
          />
        )}
        {canDo(me, 'tasks.read') && (
          <Link to={`/tasks/progress?year=${period.from.slice(0, 4)}`}>{t.heatmapLink}</Link>
        )}
      </Space>
      <FigureSources
        figureKey={open?.key ?? null}
        period={period}
        scope={{ unitId: open?.unitId }}
        onClose={() => setOpen(null)}
      />
    </Card>
  );
}
