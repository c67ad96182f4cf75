import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Slot, Task } from '../../../../common/tasks.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import { d, fl, ui, useIsPhone } from '../documents/shared.js';
import { StateTag } from './StateTag.js';

function TaskList() {
  const isPhone = useIsPhone();
  const list = useListQuery<Task>('/api/tasks');
  return (
    <>
      <Input.Search
        allowClear
        placeholder={fl.title}
        defaultValue={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
        style={{ width: 220, marginBottom: 12 }}
      />
      <Table<Task>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 700 : undefined }}
        locale={{ emptyText: ui.noTasks }}
        columns={[
          { key: 'title', title: fl.title, render: (_v, t) => <Link to={`/tasks/${t.id}`}>{t.title}</Link> },
          {
            key: 'doc',
            title: fl.documentId,
            width: 170,
            render: (_v, t) => t.docNumber ?? (t.documentId ? <Tag>{d.statuses.draft}</Tag> : ui.standalone),
          },
          {
            key: 'cycle',
            title: fl.cycle,
            dataIndex: 'cycle',
            width: 100,
            render: (c: string) => d.cycles[c],
          },
          {
            key: 'deadline',
            title: fl.deadline,
            dataIndex: 'deadline',
            width: 110,
            sorter: true,
            sortOrder: list.sortOrderOf('deadline'),
          },
          {
            key: 'progress',
            title: ui.rateCol,
            width: 170,
            render: (_v, t) =>
              t.status === 'draft' ? (
                <Tag>{d.taskStatuses.draft}</Tag>
              ) : (
                <Progress
                  size="small"
                  percent={
                    t.slotCount
                      ? Math.round((((t.counts.done ?? 0) + (t.counts.late ?? 0)) / t.slotCount) * 100)
                      : 0
                  }
                  format={() => `${(t.counts.done ?? 0) + (t.counts.late ?? 0)}/${t.slotCount}`}
                />
              ),
          },
          {
            key: 'attention',
            title: ui.overdue,
            width: 90,
            render: (_v, t) =>
              t.counts.missing ? <Typography.Text type="danger">{t.counts.missing}</Typography.Text> : '—',
          },
        ]}
      />
    </>
  );
}

export function SlotList({ attention, unitView }: { attention?: string; unitView: boolean }) {
  const isPhone = useIsPhone();
  const list = useListQuery<Slot>('/api/task-slots', { defaults: attention ? { attention } : {} });
  return (
    <Table<Slot>
      {...list.tableProps}
      size="middle"
      scroll={{ x: isPhone ? 720 : undefined }}
      locale={{ emptyText: ui.noPending }}
      columns={[
        {
          key: 'task',
          title: fl.taskId,
          render: (_v, s) => (
            <Link to={`/tasks/slots/${s.id}`}>
              {s.taskTitle}
              {s.periodLabel ? `（${s.periodLabel}）` : ''}
            </Link>
          ),
        },
        ...(unitView ? [] : [{ key: 'unit', title: ui.unitCol, dataIndex: 'unitName', width: 180 }]),
        {
          key: 'dueOn',
          title: ui.dueOn,
          dataIndex: 'dueOn',
          width: 110,
          sorter: true,
          sortOrder: list.sortOrderOf('dueOn'),
        },
        { key: 'state', title: fl.status, width: 150, render: (_v, s) => <StateTag slot={s} /> },
      ]}
    />
  );
}

/** 任务报送: the committee's tasks and its review queues, or a unit's own report slots. */
export default function TasksPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const manager = canDo(me, 'tasks.manage');
  const isUnit = canDo(me, 'tasks.report');
  const tabs = isUnit
    ? [
        { value: 'mine', label: ui.myReports },
        { value: 'overdue', label: ui.overdue },
        { value: 'returned', label: ui.returned },
        { value: 'amended', label: ui.amendedTab },
      ]
    : [
        { value: 'tasks', label: ui.allTasks },
        ...(manager
          ? [
              { value: 'review', label: ui.reviewQueue },
              { value: 'extension', label: ui.extensionQueue },
            ]
          : []),
        { value: 'overdue', label: ui.overdue },
      ];
  const tab = params.get('tab') ?? tabs[0].value;
  return (
    <Card
      title={d.menu.tasks}
      extra={
        manager && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tasks/new')}>
            {ui.newTask}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Segmented options={tabs} value={tab} onChange={(v) => setParams({ tab: String(v) })} />
        {tab === 'tasks' ? (
          <TaskList key="tasks" />
        ) : (
          <SlotList key={tab} attention={tab === 'mine' ? undefined : tab} unitView={isUnit} />
        )}
      </Space>
    </Card>
  );
}
