import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Visit } from '../../../../common/campaigns.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import ProblemFormDrawer, { type ProblemPrefill } from './ProblemFormDrawer.js';
import { f, phonePaging, useCampaigns, useIsPhone, w, ws } from './shared.js';
import VisitFormDrawer from './VisitFormDrawer.js';

/** 调研走访 (visits and interviews) or 暗访, with "登记发现的问题" on each record. */
export default function VisitsView({ unannounced }: { unannounced: boolean }) {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const list = useListQuery<Visit>('/api/work-style/visits', {
    defaults: unannounced ? { visitKind: 'unannounced' } : { group: 'research' },
  });
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [problemFor, setProblemFor] = useState<ProblemPrefill | undefined>();
  const manage = canDo(me, 'workStyle.manage');
  const addProblem = (v: Visit) =>
    setProblemFor({
      campaignId: v.campaignId,
      sourceType: v.visitKind === 'unannounced' ? 'unannounced' : 'visit',
      sourceId: v.id,
      unitId: v.unitId ?? undefined,
      foundOn: v.visitedOn,
    });
  const actions = (v: Visit) =>
    manage && (
      <Button size="small" type="link" onClick={() => addProblem(v)}>
        {w.addProblemFromVisit}
      </Button>
    );
  const columns: TableColumnsType<Visit> = [
    {
      title: f.visitedOn,
      key: 'date',
      width: 140,
      render: (_, v) => `${v.visitedOn} ${v.visitedTime ?? ''}`,
    },
    { title: f.targetName, dataIndex: 'targetName', key: 'targetName' },
    { title: f.targetType, key: 'type', width: 100, render: (_, v) => ws.targetTypes[v.targetType] },
    { title: f.teamId, dataIndex: 'teamName', key: 'team', width: 110, render: (t) => t ?? w.none },
    {
      title: unannounced ? f.observers : f.peopleMet,
      key: 'people',
      width: 160,
      render: (_, v) => (unannounced ? v.observers : v.peopleMet) ?? w.none,
    },
    {
      title: f.findings,
      key: 'findings',
      ellipsis: true,
      render: (_, v) => v.findings ?? v.record ?? w.none,
    },
    { title: w.photos, key: 'files', width: 80, render: (_, v) => v.files.length || w.none },
    { title: w.problemsColumn, dataIndex: 'problemCount', key: 'problems', width: 60 },
    { title: w.actions, key: 'actions', width: 130, render: (_, v) => actions(v) },
  ];
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {unannounced ? w.unannouncedTitle : w.visitsTitle}
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {unannounced ? w.newUnannounced : w.newVisit}
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
        {!unannounced && (
          <Select
            allowClear
            placeholder={w.allKinds}
            value={list.filters.visitKind}
            onChange={(v) => list.setFilters({ visitKind: v })}
            options={['visit', 'interview'].map((k) => ({ value: k, label: ws.visitKinds[k] }))}
            style={{ width: 130 }}
          />
        )}
      </Flex>
      {isPhone ? (
        <List
          loading={list.tableProps.loading}
          dataSource={list.tableProps.dataSource}
          pagination={phonePaging(list.tableProps)}
          locale={{ emptyText: w.emptyVisits }}
          renderItem={(v) => (
            <Card size="small" style={{ marginBottom: 8 }} title={v.targetName} extra={actions(v)}>
              <Typography.Text type="secondary">{`${v.visitedOn} ${v.visitedTime ?? ''} · ${ws.targetTypes[v.targetType]}`}</Typography.Text>
              <div>{v.findings ?? v.record}</div>
              {v.problemCount > 0 && <Tag color="orange">{w.problemCountTag(v.problemCount)}</Tag>}
            </Card>
          )}
        />
      ) : (
        <Table<Visit>
          {...list.tableProps}
          columns={columns}
          size="middle"
          scroll={{ x: 1100 }}
          locale={{ emptyText: w.emptyVisits }}
        />
      )}
      <VisitFormDrawer open={creating} unannounced={unannounced} onClose={() => setCreating(false)} />
      <ProblemFormDrawer open={!!problemFor} prefill={problemFor} onClose={() => setProblemFor(undefined)} />
    </div>
  );
}
