import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BriefingSummary } from '../../../../common/publications.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import BriefingDrawer from './BriefingDrawer.js';
import BriefingForm from './BriefingForm.js';
import SeriesModal from './SeriesModal.js';
import { issueText, p, statusColor, ui, useIsPhone, useSeries } from './shared.js';

/** 简报: drafts, review and published issues of every series. */
export default function BriefingsPage() {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const manager = canDo(me, 'publications.manage');
  const series = useSeries();
  const list = useListQuery<BriefingSummary>('/api/publications/briefings', { defaults: { order: 'desc' } });
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);
  return (
    <Card
      title={p.pages.briefings}
      extra={
        manager && (
          <Space wrap>
            <Button icon={<SettingOutlined />} onClick={() => setSeriesOpen(true)}>
              {p.pages.series}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              disabled={!series.data?.length}
            >
              {ui.newBriefing}
            </Button>
          </Space>
        )
      }
    >
      {manager && series.data?.length === 0 && (
        <Typography.Paragraph type="warning">{ui.noSeries}</Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={ui.series}
          value={list.filters.seriesId ? Number(list.filters.seriesId) : undefined}
          onChange={(v) => list.setFilters({ seriesId: v ? String(v) : undefined })}
          options={(series.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          style={{ width: 160 }}
        />
        {manager && (
          <Select
            allowClear
            placeholder={ui.status}
            value={list.filters.status}
            onChange={(v) => list.setFilters({ status: v })}
            options={Object.entries(p.briefingStatuses).map(([value, label]) => ({ value, label }))}
            style={{ width: 120 }}
          />
        )}
        <Input.Search
          allowClear
          placeholder={ui.title}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 200 }}
        />
      </Space>
      <Table<BriefingSummary>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 720 : undefined }}
        locale={{ emptyText: ui.noBriefings }}
        columns={[
          { key: 'series', title: ui.series, dataIndex: 'seriesName', width: 130 },
          { key: 'number', title: ui.number, width: 170, render: (_v, b) => issueText(b) },
          {
            key: 'title',
            title: ui.title,
            render: (_v, b) => <Typography.Link onClick={() => setViewing(b.id)}>{b.title}</Typography.Link>,
          },
          {
            key: 'issuedOn',
            title: ui.issuedOn,
            dataIndex: 'issuedOn',
            width: 120,
            sorter: true,
            sortOrder: list.sortOrderOf('issuedOn'),
          },
          {
            key: 'status',
            title: ui.status,
            width: 150,
            render: (_v, b) => (
              <>
                <Tag color={statusColor[b.status]}>{p.briefingStatuses[b.status]}</Tag>
                {b.isPublic && <Tag color="blue">{p.site.briefings}</Tag>}
              </>
            ),
          },
        ]}
      />
      <BriefingDrawer
        id={viewing}
        onClose={() => setViewing(null)}
        onEdit={(id) => {
          setViewing(null);
          setEditing(id);
        }}
      />
      <BriefingForm id={editing} onClose={() => setEditing(null)} />
      <SeriesModal open={seriesOpen} onClose={() => setSeriesOpen(false)} />
    </Card>
  );
}
