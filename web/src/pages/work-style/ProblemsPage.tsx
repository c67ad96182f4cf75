import { DownloadOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Input,
  List,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Problem } from '../../../../common/problems.js';
import { STATUSES } from '../../../../common/problems.js';
import { canDo, useMe } from '../../auth.js';
import { useExportJob } from '../../components/ExportProgress.js';
import { useListQuery } from '../../components/useListQuery.js';
import FeedbackModal from './FeedbackModal.js';
import ProblemFormDrawer from './ProblemFormDrawer.js';
import { f, StatusTag, useCampaigns, useCategories, useIsPhone, w, ws } from './shared.js';

/** 问题清单 / 整改台账: the register with filters, batch feedback (committee) and the Excel ledger. */
export function ProblemsView({ ledger }: { ledger: boolean }) {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const list = useListQuery<Problem>('/api/problems');
  const campaigns = useCampaigns();
  const categories = useCategories();
  const [selected, setSelected] = useState<Problem[]>([]);
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const manage = canDo(me, 'workStyle.manage');
  const filtered = ['q', 'campaignId', 'status', 'categoryName', 'overdue'].some((k) => list.filters[k]);
  const link = (p: Problem) => <Link to={`/work-style/problems/${p.id}`}>{p.code}</Link>;
  const deadline = (p: Problem) =>
    p.deadlineType ? w.deadlineOf(ws.deadlineTypes[p.deadlineType], p.deadlineOn) : w.none;
  const sorter = (key: string) => ({ sorter: true, sortOrder: list.sortOrderOf(key) });
  const columns: TableColumnsType<Problem> = [
    { title: w.code, key: 'code', width: 110, render: (_, p) => link(p), ...sorter('code') },
    { title: f.foundOn, dataIndex: 'foundOn', key: 'foundOn', width: 105, ...sorter('foundOn') },
    { title: f.unitId, dataIndex: 'unitName', key: 'unit', width: 180, ...sorter('unit') },
    {
      title: f.categoryName,
      dataIndex: 'categoryName',
      key: 'categoryName',
      width: 90,
      ...sorter('categoryName'),
    },
    ...(ledger
      ? ([
          {
            title: f.measures,
            dataIndex: 'measures',
            key: 'measures',
            ellipsis: true,
            render: (v) => v ?? w.none,
          },
          {
            title: f.responsibleLeader,
            key: 'resp',
            width: 150,
            render: (_, p) =>
              p.responsibleLeader ? `${p.responsibleLeader} / ${p.responsiblePerson}` : w.none,
          },
          {
            title: f.deadlineOn,
            key: 'deadlineOn',
            width: 170,
            render: (_, p) => deadline(p),
            ...sorter('deadlineOn'),
          },
        ] as TableColumnsType<Problem>)
      : ([
          { title: f.description, dataIndex: 'description', key: 'description', ellipsis: true },
          { title: f.sourceType, key: 'source', width: 90, render: (_, p) => ws.sourceTypes[p.sourceType] },
        ] as TableColumnsType<Problem>)),
    {
      title: w.status,
      key: 'status',
      width: 150,
      render: (_, p) => <StatusTag p={p} />,
      ...sorter('status'),
    },
  ];
  const exporter = useExportJob();
  const exportLedger = () =>
    exporter.start('problems.ledger', {
      ...list.filters,
      page: undefined,
      pageSize: undefined,
      sort: undefined,
      order: undefined,
    });
  const emptyText = filtered ? w.emptyFiltered : w.emptyProblems;
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {ledger ? w.ledgerTitle : w.problemsTitle}
        </Typography.Title>
        <Space wrap>
          {manage && !ledger && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {w.newProblem}
            </Button>
          )}
          {manage && (
            <Button icon={<SendOutlined />} disabled={!selected.length} onClick={() => setFeedbackOpen(true)}>
              {w.feedbackSelected(selected.length)}
            </Button>
          )}
          {canDo(me, 'workStyle.export') && (
            <Button icon={<DownloadOutlined />} loading={exporter.starting} onClick={exportLedger}>
              {w.exportLedger}
            </Button>
          )}
        </Space>
        {exporter.dialog}
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={w.search}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: isPhone ? '100%' : 260 }}
        />
        <Select
          allowClear
          placeholder={w.allCampaigns}
          value={list.filters.campaignId ? Number(list.filters.campaignId) : undefined}
          onChange={(v) => list.setFilters({ campaignId: v ? String(v) : undefined })}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: isPhone ? '100%' : 240 }}
        />
        <Select
          allowClear
          aria-label={w.status}
          placeholder={w.allStatuses}
          value={list.filters.status}
          onChange={(v) => list.setFilters({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: ws.statuses[s] }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          placeholder={w.allCategories}
          value={list.filters.categoryName}
          onChange={(v) => list.setFilters({ categoryName: v })}
          options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
          style={{ width: 130 }}
        />
        <Space>
          <Switch
            checked={list.filters.overdue === 'true'}
            onChange={(on) => list.setFilters({ overdue: on ? 'true' : undefined })}
          />
          {w.overdueOnly}
        </Space>
      </Flex>
      {isPhone ? (
        <List
          loading={list.tableProps.loading}
          dataSource={list.tableProps.dataSource}
          locale={{ emptyText }}
          pagination={{
            ...list.tableProps.pagination,
            onChange: (page, pageSize) =>
              list.tableProps.onChange?.({ current: page, pageSize }, {}, [], {
                action: 'paginate',
                currentDataSource: [],
              }),
          }}
          renderItem={(p) => (
            <Card
              size="small"
              style={{ marginBottom: 8, borderColor: p.overdue ? '#ff4d4f' : undefined }}
              title={link(p)}
              extra={<StatusTag p={p} />}
            >
              <Typography.Text type="secondary">{`${p.unitName} · ${p.categoryName} · ${p.foundOn}`}</Typography.Text>
              <div>{ledger ? (p.measures ?? p.description) : p.description}</div>
              {ledger && <Typography.Text type="secondary">{deadline(p)}</Typography.Text>}
            </Card>
          )}
        />
      ) : (
        <Table<Problem>
          {...list.tableProps}
          columns={columns}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText }}
          rowClassName={(p) => (p.overdue ? 'ws-overdue-row' : '')}
          onRow={(p) => ({ style: p.overdue ? { background: '#fff1f0' } : undefined })}
          rowSelection={
            manage
              ? {
                  selectedRowKeys: selected.map((p) => p.id),
                  onChange: (_keys, rows) => setSelected(rows),
                  getCheckboxProps: (p) => ({ disabled: p.status !== 'registered', 'aria-label': p.code }),
                }
              : undefined
          }
        />
      )}
      <FeedbackModal
        open={feedbackOpen}
        problems={selected}
        onClose={(done) => {
          setFeedbackOpen(false);
          if (done) {
            setSelected([]);
            void list.refetch();
          }
        }}
      />
      <ProblemFormDrawer open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

export default function ProblemsPage() {
  return <ProblemsView ledger={false} />;
}
