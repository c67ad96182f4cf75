import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { RegisterRow } from '../../../../common/inspections.js';
import { useExportJob } from '../../components/ExportProgress.js';
import { useListQuery } from '../../components/useListQuery.js';
import { categoryOptions, f, t, useAreas, w } from './shared.js';

/** 好的做法 / 不足之处 registers across all inspections in reach: "为年终考评提供客观材料". */
export default function RegistersPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'shortcoming' ? 'shortcoming' : 'practice';
  return (
    <div>
      <Typography.Title level={4}>{w.menu.registers}</Typography.Title>
      <Tabs
        activeKey={kind}
        onChange={(k) => setParams({ kind: k })}
        items={(['practice', 'shortcoming'] as const).map((k) => ({ key: k, label: t.itemKinds[k] }))}
      />
      <Register key={kind} kind={kind} />
    </div>
  );
}

function Register({ kind }: { kind: 'practice' | 'shortcoming' }) {
  const list = useListQuery<RegisterRow>(`/api/inspections/registers/${kind}`, { defaults: { kind } });
  const areas = useAreas();
  const exporter = useExportJob();
  const { page: _p, pageSize: _s, kind: _k, ...filters } = list.filters;
  const exportIt = () => exporter.start('inspections.registers', { ...filters, kind });
  const now = new Date().getFullYear();
  return (
    <Card size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={w.searchContent}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={f.year}
          value={list.filters.year ? Number(list.filters.year) : undefined}
          onChange={(v) => list.setFilters({ year: v ? String(v) : undefined })}
          options={Array.from({ length: now - 2008 }, (_v, i) => now - i).map((y) => ({
            value: y,
            label: `${y}年`,
          }))}
          style={{ width: 110 }}
        />
        <Select
          allowClear
          placeholder={f.areaId}
          value={list.filters.areaId ? Number(list.filters.areaId) : undefined}
          onChange={(v) => list.setFilters({ areaId: v ? String(v) : undefined })}
          options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          style={{ width: 120 }}
        />
        <Select
          allowClear
          placeholder={f.itemCategory}
          value={list.filters.itemCategory}
          onChange={(v) => list.setFilters({ itemCategory: v })}
          options={categoryOptions}
          style={{ width: 120 }}
        />
        <Button icon={<DownloadOutlined />} loading={exporter.starting} onClick={exportIt}>
          {w.export}
        </Button>
      </Space>
      {exporter.dialog}
      <Table<RegisterRow>
        {...list.tableProps}
        size="middle"
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty description={w.empty.register} /> }}
        columns={[
          {
            title: f.inspectedOn,
            dataIndex: 'inspectedOn',
            key: 'inspectedOn',
            width: 110,
            sorter: true,
            sortOrder: list.sortOrderOf('inspectedOn'),
          },
          {
            title: f.unitId,
            key: 'unit',
            width: 220,
            sorter: true,
            sortOrder: list.sortOrderOf('unit'),
            render: (_v, r) => <Link to={`/inspections/sessions/${r.sessionId}`}>{r.unitName}</Link>,
          },
          { title: f.areaId, dataIndex: 'areaName', width: 90 },
          {
            title: f.itemCategory,
            key: 'category',
            width: 100,
            sorter: true,
            sortOrder: list.sortOrderOf('category'),
            render: (_v, r) => <Tag>{t.categories[r.itemCategory]}</Tag>,
          },
          { title: w.labels.content, dataIndex: 'content' },
        ]}
      />
    </Card>
  );
}
