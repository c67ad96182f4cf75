import { Card, Col, Empty, Row, Space, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { Matrix } from '../../../../common/tasks.js';
import { ui } from '../documents/shared.js';

export interface StateStyle {
  color: string;
  text: string;
  mark: string;
}

type MatrixRow = Matrix['rows'][number];

/** A compact rate bar that stays readable in a narrow phone column. */
function RateBar({ rate }: { rate: number }) {
  return (
    <Space size={6}>
      <span style={{ display: 'inline-block', width: 56, height: 6, background: '#f0f0f0', borderRadius: 3 }}>
        <span
          style={{
            display: 'block',
            width: `${rate}%`,
            height: 6,
            borderRadius: 3,
            background: rate < 50 ? '#cf1322' : rate < 80 ? '#d4b106' : '#389e0d',
          }}
        />
      </span>
      <span>{rate}%</span>
    </Space>
  );
}

/**
 * The unit × item heat map as a table of coloured cells: the unit column stays fixed while the
 * items scroll sideways (readable on a phone), rows sortable by completion rate (laggards first),
 * each cell a link to the record behind it; roll-ups by area and by category below.
 */
export default function HeatMatrix({
  matrix,
  styles,
  linkOf,
  hint,
}: {
  matrix: Matrix;
  styles: Record<string, StateStyle>;
  linkOf: (refId: number) => string | null;
  hint?: string;
}) {
  if (!matrix.rows.length) return <Empty description={ui.noMatrix} />;
  const legend = (
    <Space wrap size={[12, 4]} data-testid="matrix-legend">
      {Object.entries(styles).map(([state, s]) => (
        <Space key={state} size={4}>
          <span
            style={{ display: 'inline-block', width: 14, height: 14, background: s.color, borderRadius: 2 }}
          />
          {s.text}
          <Typography.Text type="secondary">{matrix.totals[state] ?? 0}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
  const cell = (row: MatrixRow, key: string) => {
    const c = row.cells[key];
    if (!c) return <span style={{ color: '#ccc' }}>·</span>;
    const s = styles[c.state];
    const box = (
      <span
        data-state={c.state}
        style={{
          display: 'inline-block',
          minWidth: 28,
          padding: '2px 4px',
          textAlign: 'center',
          borderRadius: 3,
          background: s.color,
          color: '#fff',
          fontSize: 12,
        }}
      >
        {s.mark}
      </span>
    );
    const href = c.refId ? linkOf(c.refId) : null;
    return (
      <Tooltip title={`${row.unitName} · ${s.text}`}>{href ? <Link to={href}>{box}</Link> : box}</Tooltip>
    );
  };
  const rollup = (title: string, data: Matrix['byArea'], label: string) => (
    <Card size="small" title={title}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={data}
        columns={[
          { key: 'label', title: label, dataIndex: 'label', ellipsis: true },
          { key: 'units', title: ui.unitsCol, dataIndex: 'units', width: 64 },
          {
            key: 'rate',
            title: ui.rateCol,
            width: 130,
            sorter: (a, b) => a.rate - b.rate,
            render: (_v, r) => <RateBar rate={r.rate} />,
          },
        ]}
      />
    </Card>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      {legend}
      <Table<MatrixRow>
        data-testid="heat-matrix"
        size="small"
        bordered
        rowKey="unitId"
        dataSource={matrix.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, size: 'small' }}
        scroll={{ x: 160 + 90 + matrix.columns.length * 76 }}
        columns={[
          {
            key: 'unit',
            title: ui.unitCol,
            dataIndex: 'unitName',
            fixed: 'left',
            width: 120,
            ellipsis: true,
          },
          {
            key: 'rate',
            title: ui.rateCol,
            dataIndex: 'rate',
            width: 80,
            defaultSortOrder: 'ascend',
            sorter: (a, b) => a.rate - b.rate,
            render: (v: number, row: MatrixRow) => (
              <Typography.Text
                type={
                  (row.counts.missing ?? 0) + (row.counts.returned ?? 0) + (row.counts.not_started ?? 0) > 0
                    ? 'danger'
                    : undefined
                }
              >
                {v}%
              </Typography.Text>
            ),
          },
          ...matrix.columns.map((c) => ({
            key: c.key,
            title: (
              <Tooltip title={c.label}>
                <span
                  style={{
                    display: 'inline-block',
                    maxWidth: 72,
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {c.label}
                </span>
              </Tooltip>
            ),
            width: 76,
            align: 'center' as const,
            render: (_v: unknown, row: MatrixRow) => cell(row, c.key),
          })),
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          {rollup(ui.byArea, matrix.byArea, ui.areaCol)}
        </Col>
        <Col xs={24} md={12}>
          {rollup(ui.byCategory, matrix.byCategory, ui.categoryCol)}
        </Col>
      </Row>
    </Space>
  );
}

const TASK_COLORS: Record<string, [string, string]> = {
  done: ['#389e0d', '完'],
  late: ['#d4b106', '迟'],
  review: ['#1677ff', '审'],
  returned: ['#fa8c16', '退'],
  missing: ['#cf1322', '缺'],
  open: ['#bfbfbf', '待'],
};
export function taskStyles(labels: Record<string, string>): Record<string, StateStyle> {
  return Object.fromEntries(
    Object.entries(TASK_COLORS).map(([k, [color, mark]]) => [k, { color, mark, text: labels[k] }]),
  );
}
const ADOPTION_COLORS: Record<string, [string, string]> = {
  done: ['#389e0d', '落'],
  review: ['#1677ff', '审'],
  returned: ['#fa8c16', '退'],
  in_progress: ['#95de64', '推'],
  not_started: ['#cf1322', '未'],
};
export function adoptionStyles(labels: Record<string, string>): Record<string, StateStyle> {
  return Object.fromEntries(
    Object.entries(ADOPTION_COLORS).map(([k, [color, mark]]) => [k, { color, mark, text: labels[k] }]),
  );
}
