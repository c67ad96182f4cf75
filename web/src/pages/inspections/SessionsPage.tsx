import { Card, Empty, Input, List, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { SessionSummary } from '../../../../common/inspections.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import { f, LateTag, monthOptions, StateTag, t, useAreas, useIsPhone, w } from './shared.js';

type Mode = 'all' | 'mine' | 'unit';

/**
 * Sessions (one per planned unit): the committee's overview of all records, the team member's
 * 我的巡听 and the unit's 我单位巡听 — the same list, filtered by the server to what each may see.
 */
export function SessionsList({ mode }: { mode: Mode }) {
  const isPhone = useIsPhone();
  const list = useListQuery<SessionSummary>('/api/inspections/sessions', {
    defaults: mode === 'mine' ? { mine: 'true', sort: 'date' } : {},
  });
  const areas = useAreas();
  const title = mode === 'mine' ? w.menu.mine : mode === 'unit' ? w.menu.myUnit : w.menu.sessions;
  const empty = mode === 'mine' ? w.empty.mine : w.empty.sessions;
  const link = (s: SessionSummary) => <Link to={`/inspections/sessions/${s.id}`}>{s.unitName}</Link>;

  const filters = (
    <Space wrap style={{ marginBottom: 12 }}>
      {mode !== 'unit' && (
        <Input.Search
          allowClear
          placeholder={w.searchUnit}
          defaultValue={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ width: 200 }}
        />
      )}
      <Select
        allowClear
        placeholder={f.year}
        value={list.filters.year ? Number(list.filters.year) : undefined}
        onChange={(v) => list.setFilters({ year: v ? String(v) : undefined })}
        options={yearOptions()}
        style={{ width: 110 }}
      />
      <Select
        allowClear
        placeholder={f.month}
        value={list.filters.month ? Number(list.filters.month) : undefined}
        onChange={(v) => list.setFilters({ month: v ? String(v) : undefined })}
        options={monthOptions}
        style={{ width: 100 }}
      />
      {mode !== 'unit' && (
        <Select
          allowClear
          placeholder={f.areaId}
          value={list.filters.areaId ? Number(list.filters.areaId) : undefined}
          onChange={(v) => list.setFilters({ areaId: v ? String(v) : undefined })}
          options={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          style={{ width: 120 }}
        />
      )}
      <Select
        allowClear
        placeholder={f.inspected}
        value={list.filters.inspected}
        onChange={(v) => list.setFilters({ inspected: v })}
        options={[
          { value: 'true', label: t.states.inspected },
          { value: 'false', label: w.notYetInspected },
        ]}
        style={{ width: 120 }}
      />
      {mode === 'all' && (
        <Space>
          <Switch
            checked={list.filters.mine === 'true'}
            onChange={(on) => list.setFilters({ mine: on ? 'true' : undefined })}
            aria-label={w.menu.mine}
          />
          <span>{w.onlyMine}</span>
        </Space>
      )}
    </Space>
  );

  return (
    <div>
      {mode !== 'unit' && <Typography.Title level={4}>{title}</Typography.Title>}
      <Card size="small">
        {filters}
        {isPhone ? (
          <List
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty description={empty} /> }}
            pagination={
              list.tableProps.pagination.total > list.tableProps.pagination.pageSize
                ? {
                    current: list.tableProps.pagination.current,
                    pageSize: list.tableProps.pagination.pageSize,
                    total: list.tableProps.pagination.total,
                    onChange: (page, pageSize) =>
                      list.tableProps.onChange?.({ current: page, pageSize }, {}, [], {
                        action: 'paginate',
                        currentDataSource: [],
                      }),
                    size: 'small',
                  }
                : false
            }
            renderItem={(s) => (
              <List.Item>
                <List.Item.Meta
                  title={link(s)}
                  description={
                    <Space wrap size={4}>
                      <span>
                        {s.year}年{w.monthOf(s.plannedMonth)}
                      </span>
                      {s.effectiveDate && <span>{s.effectiveDate}</span>}
                      <StateTag state={s.state} />
                      <LateTag late={s.studyPlanLate} />
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table<SessionSummary>
            {...list.tableProps}
            size="middle"
            scroll={{ x: 960 }}
            locale={{ emptyText: <Empty description={empty} /> }}
            columns={[
              {
                title: f.unitId,
                key: 'unit',
                sorter: true,
                sortOrder: list.sortOrderOf('unit'),
                render: (_v, s) => link(s),
              },
              { title: f.areaId, dataIndex: 'areaName', width: 100 },
              {
                title: f.plannedMonth,
                key: 'month',
                width: 110,
                sorter: true,
                sortOrder: list.sortOrderOf('month'),
                render: (_v, s) => `${s.year}年${w.monthOf(s.plannedMonth)}`,
              },
              {
                title: f.sessionDate,
                key: 'date',
                width: 120,
                sorter: true,
                sortOrder: list.sortOrderOf('date'),
                dataIndex: 'effectiveDate',
              },
              { title: f.topic, dataIndex: 'topic', ellipsis: true },
              {
                title: w.stateCol,
                key: 'state',
                width: 170,
                render: (_v, s) => (
                  <Space size={2} wrap>
                    <StateTag state={s.state} />
                    <LateTag late={s.studyPlanLate} />
                  </Space>
                ),
              },
              {
                title: f.grade,
                key: 'grade',
                width: 70,
                render: (_v, s) => (s.grade ? t.grades[s.grade] : ''),
              },
              {
                title: w.feedbackCol,
                key: 'ack',
                width: 90,
                render: (_v, s) =>
                  s.recordStatus === 'submitted' ? (
                    <Tag color={s.feedbackAcknowledged ? 'green' : 'orange'}>
                      {s.feedbackAcknowledged ? w.ackDone : w.notAcknowledged}
                    </Tag>
                  ) : null,
              },
              {
                title: zh.web.common.actions,
                key: 'op',
                width: 70,
                render: (_v, s) => <Link to={`/inspections/sessions/${s.id}`}>{w.open}</Link>,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2008 }, (_v, i) => now - i).map((y) => ({ value: y, label: `${y}年` }));
}

export default function SessionsPage() {
  return <SessionsList mode="all" />;
}
