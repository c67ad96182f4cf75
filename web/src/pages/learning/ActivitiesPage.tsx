import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import type { ReadingActivity } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import ActivityForm from './ActivityForm.js';
import CoverageTab from './CoverageTab.js';
import { common, options, t, ui, useIsPhone } from './shared.js';

/** 单位读书活动: units report what they ran; the committee sees who reported what. */
export default function ActivitiesPage() {
  const { data: me } = useMe();
  const reporter = canDo(me, 'learning.report');
  const unitOnly = !!me?.roles.includes('unit_admin') && !canDo(me, 'learning.manage');
  return (
    <Card title={t.pages.activities}>
      <Tabs
        items={[
          { key: 'list', label: ui.list, children: <ActivityList reporter={reporter} /> },
          ...(unitOnly ? [] : [{ key: 'coverage', label: t.pages.coverage, children: <CoverageTab /> }]),
        ]}
      />
    </Card>
  );
}

function ActivityList({ reporter }: { reporter: boolean }) {
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useListQuery<ReadingActivity>('/api/learning/activities', { defaults: { order: 'desc' } });
  const [editing, setEditing] = useState<ReadingActivity | 'new' | null>(null);
  const remove = async (a: ReadingActivity) => {
    try {
      await api.del(`/api/learning/activities/${a.id}`);
      message.success(common.deleted);
      await client.invalidateQueries({ queryKey: ['/api/learning/activities'] });
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={ui.activityType}
          value={list.filters.type}
          onChange={(v) => list.setFilters({ type: v })}
          options={options(t.activityTypes)}
          style={{ width: 150 }}
        />
        <Input
          type="date"
          aria-label={ui.from}
          value={list.filters.from ?? ''}
          onChange={(e) => list.setFilters({ from: e.target.value })}
          style={{ width: 160 }}
        />
        <Input
          type="date"
          aria-label={ui.to}
          value={list.filters.to ?? ''}
          onChange={(e) => list.setFilters({ to: e.target.value })}
          style={{ width: 160 }}
        />
        {reporter && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {ui.newActivity}
          </Button>
        )}
      </Space>
      <Table<ReadingActivity>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 760 : undefined }}
        locale={{ emptyText: ui.noActivities }}
        columns={[
          {
            key: 'heldOn',
            title: ui.heldOn,
            dataIndex: 'heldOn',
            width: 120,
            sorter: true,
            sortOrder: list.sortOrderOf('heldOn'),
          },
          { key: 'unitName', title: ui.unit, dataIndex: 'unitName', width: 180 },
          {
            key: 'type',
            title: ui.activityType,
            dataIndex: 'type',
            width: 130,
            render: (v: string) => <Tag>{t.activityTypes[v]}</Tag>,
          },
          { key: 'title', title: ui.activityTitle, dataIndex: 'title' },
          { key: 'participants', title: ui.participants, dataIndex: 'participants', width: 90 },
          {
            key: 'files',
            title: ui.evidence,
            width: 180,
            render: (_v, r) =>
              r.files.length
                ? r.files.map((f) => (
                    <div key={f.id}>
                      <a href={`/api/files/${f.id}`} target="_blank" rel="noreferrer">
                        {f.originalName}
                      </a>
                    </div>
                  ))
                : '—',
          },
          ...(reporter
            ? [
                {
                  key: 'actions',
                  title: common.actions,
                  width: 140,
                  render: (_v: unknown, r: ReadingActivity) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(r)}>
                        {common.edit}
                      </Button>
                      <Popconfirm title={common.confirmDelete} onConfirm={() => remove(r)}>
                        <Button size="small" danger>
                          {common.delete}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ActivityForm value={editing} onClose={() => setEditing(null)} />
    </>
  );
}
