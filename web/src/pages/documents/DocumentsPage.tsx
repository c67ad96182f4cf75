import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Input, List, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { DocumentSummary } from '../../../../common/documents.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import { d, fl, options, ui, useIsPhone } from './shared.js';

/** 文件: the committee's register (drafts and issued) or, for a unit, the documents it received. */
export default function DocumentsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const list = useListQuery<DocumentSummary>('/api/documents');
  const manager = canDo(me, 'documents.manage');
  const isUnit = me?.roles.includes('unit_admin') && !manager;
  const title = (r: DocumentSummary) => (
    <Link to={`/documents/${r.id}`}>
      {isUnit && !r.readAt ? <Badge status="error" text={r.title} /> : r.title}
    </Link>
  );
  const readCell = (r: DocumentSummary) =>
    r.status !== 'issued' ? (
      '—'
    ) : isUnit ? (
      <Tag color={r.readAt ? 'green' : 'red'}>{r.readAt ? d.read : d.unread}</Tag>
    ) : (
      <Typography.Text type={r.readCount < r.recipientCount ? 'warning' : undefined}>
        {ui.readStat(r.readCount, r.recipientCount)}
      </Typography.Text>
    );
  return (
    <Card
      title={isUnit ? ui.received : d.menu.documents}
      extra={
        manager && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/documents/new')}>
            {ui.newDocument}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={ui.searchDoc}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={ui.kind}
          value={list.filters.kind}
          onChange={(v) => list.setFilters({ kind: v })}
          options={options(d.kinds)}
          style={{ width: 120 }}
        />
        {manager && (
          <Select
            allowClear
            placeholder={fl.status}
            value={list.filters.status}
            onChange={(v) => list.setFilters({ status: v })}
            options={options(d.statuses)}
            style={{ width: 110 }}
          />
        )}
        <Space>
          <Switch
            aria-label={ui.onlyUnread}
            checked={list.filters.unread === 'true'}
            onChange={(on) => list.setFilters({ unread: on ? 'true' : undefined })}
          />
          {ui.onlyUnread}
        </Space>
      </Space>
      {isPhone ? (
        <List<DocumentSummary>
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: isUnit ? ui.noReceived : ui.noDocuments }}
          pagination={{
            current: list.tableProps.pagination.current,
            pageSize: list.tableProps.pagination.pageSize,
            total: list.tableProps.pagination.total,
            size: 'small',
            onChange: (page) =>
              list.tableProps.onChange?.(
                { current: page, pageSize: list.tableProps.pagination.pageSize },
                {},
                {},
                { action: 'paginate', currentDataSource: [] },
              ),
          }}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={title(r)}
                description={
                  <Space size={[8, 4]} wrap>
                    <span>{r.docNumber ?? d.statuses[r.status]}</span>
                    <span>{r.writtenOn}</span>
                    {readCell(r)}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<DocumentSummary>
          {...list.tableProps}
          size="middle"
          locale={{ emptyText: isUnit ? ui.noReceived : ui.noDocuments }}
          columns={[
            {
              key: 'docNumber',
              title: fl.docNumber,
              dataIndex: 'docNumber',
              width: 170,
              render: (v: string | null, r) => v ?? <Tag>{d.statuses[r.status]}</Tag>,
            },
            { key: 'title', title: fl.title, render: (_v, r) => title(r) },
            { key: 'kind', title: ui.kind, dataIndex: 'kind', width: 90, render: (k: string) => d.kinds[k] },
            {
              key: 'writtenOn',
              title: fl.writtenOn,
              dataIndex: 'writtenOn',
              width: 120,
              sorter: true,
              sortOrder: list.sortOrderOf('writtenOn'),
            },
            {
              key: 'read',
              title: ui.receipts,
              width: 130,
              render: (_v, r) => readCell(r),
            },
            { key: 'tasks', title: ui.carriedTasks, dataIndex: 'taskCount', width: 90 },
          ]}
        />
      )}
    </Card>
  );
}
