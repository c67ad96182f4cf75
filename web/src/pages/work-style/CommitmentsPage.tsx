import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Commitment, MEDIA } from '../../../../common/commitments.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import CommitmentCheckDrawer from './CommitmentCheckDrawer.js';
import CommitmentFormDrawer from './CommitmentFormDrawer.js';
import { f, phonePaging, useCampaigns, useIsPhone, w, ws } from './shared.js';

function LastCheck({ c }: { c: Commitment }) {
  if (!c.lastCheck) return <Tag>{w.notChecked}</Tag>;
  return (
    <Tag color={c.lastCheck.kept === c.lastCheck.total ? 'green' : 'orange'}>
      {w.keptOf(c.lastCheck.kept, c.lastCheck.total)}
    </Tag>
  );
}

/** 公开承诺: units' commitments, the latest follow-up check, and (committee) entry and checks. */
export default function CommitmentsPage() {
  const { data: me } = useMe();
  const manage = canDo(me, 'workStyle.manage');
  const isPhone = useIsPhone();
  const list = useListQuery<Commitment>('/api/commitments');
  const campaigns = useCampaigns();
  const [editing, setEditing] = useState<{ commitment?: Commitment } | undefined>();
  const [checking, setChecking] = useState<Commitment | undefined>();
  const actions = (c: Commitment) =>
    manage && (
      <Space size={0} wrap>
        <Button size="small" type="link" onClick={() => setEditing({ commitment: c })}>
          {w.edit}
        </Button>
        <Button size="small" type="link" onClick={() => setChecking(c)}>
          {w.addCheck}
        </Button>
      </Space>
    );
  const itemsOf = (c: Commitment) => c.items.map((i, k) => <div key={i}>{`${k + 1}. ${i}`}</div>);
  const columns: TableColumnsType<Commitment> = [
    { title: w.commitmentUnit, dataIndex: 'unitName', width: 200 },
    {
      title: f.medium,
      width: 100,
      render: (_, c) => (
        <Space size={4} wrap>
          {ws.media[c.medium]}
          {c.isPublic && <Tag color="blue">{w.publicTag}</Tag>}
        </Space>
      ),
    },
    { title: f.committedOn, dataIndex: 'committedOn', width: 110 },
    { title: w.commitmentItems, render: (_, c) => itemsOf(c) },
    { title: w.checks, width: 110, render: (_, c) => <LastCheck c={c} /> },
    ...(manage ? [{ title: w.actions, width: 150, render: (_: unknown, c: Commitment) => actions(c) }] : []),
  ];
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {w.commitmentsTitle}
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {w.newCommitment}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={w.allCampaigns}
          value={list.filters.campaignId ? Number(list.filters.campaignId) : undefined}
          onChange={(v) => list.setFilters({ campaignId: v ? String(v) : undefined })}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: isPhone ? '100%' : 260 }}
        />
        <Select
          allowClear
          placeholder={w.allMedia}
          value={list.filters.medium}
          onChange={(v) => list.setFilters({ medium: v })}
          options={MEDIA.map((m) => ({ value: m, label: ws.media[m] }))}
          style={{ width: 120 }}
        />
      </Flex>
      {isPhone ? (
        <List
          loading={list.tableProps.loading}
          dataSource={list.tableProps.dataSource}
          locale={{ emptyText: w.emptyCommitments }}
          pagination={phonePaging(list.tableProps)}
          renderItem={(c) => (
            <Card
              size="small"
              style={{ marginBottom: 8 }}
              title={<span style={{ whiteSpace: 'normal' }}>{c.unitName}</span>}
              extra={<LastCheck c={c} />}
            >
              <Typography.Text type="secondary">
                {`${c.committedOn} · ${ws.media[c.medium]}${c.isPublic ? ` · ${w.publicTag}` : ''}`}
              </Typography.Text>
              {itemsOf(c)}
              {actions(c)}
            </Card>
          )}
        />
      ) : (
        <Table<Commitment>
          {...list.tableProps}
          columns={columns}
          size="middle"
          scroll={{ x: 960 }}
          locale={{ emptyText: w.emptyCommitments }}
        />
      )}
      <CommitmentFormDrawer
        open={!!editing}
        commitment={editing?.commitment}
        onClose={() => setEditing(undefined)}
      />
      <CommitmentCheckDrawer commitment={checking} onClose={() => setChecking(undefined)} />
    </div>
  );
}
