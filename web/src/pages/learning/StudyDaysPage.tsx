import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StudyDaySummary } from '../../../../common/learning.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import StudyDayDrawer from './StudyDayDrawer.js';
import StudyDayForm from './StudyDayForm.js';
import { common, t, ui, useIsPhone } from './shared.js';

const YEARS = Array.from({ length: 6 }, (_, i) => 2010 + i);

/** 党务干部学习日: the list, with the books given and the sign-in figures of each. */
export default function StudyDaysPage() {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const manager = canDo(me, 'learning.manage');
  const list = useListQuery<StudyDaySummary>('/api/learning/study-days', { defaults: { order: 'desc' } });
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  return (
    <Card
      title={t.pages.studyDays}
      extra={
        manager && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {ui.newStudyDay}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={ui.year}
          value={list.filters.year ? Number(list.filters.year) : undefined}
          onChange={(v) => list.setFilters({ year: v ? String(v) : undefined })}
          options={YEARS.map((y) => ({ value: y, label: ui.yearLabel(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      <Table<StudyDaySummary>
        {...list.tableProps}
        size="middle"
        scroll={{ x: isPhone ? 720 : undefined }}
        locale={{ emptyText: ui.noStudyDays }}
        columns={[
          { key: 'heldOn', title: ui.heldOn, dataIndex: 'heldOn', width: 120 },
          {
            key: 'theme',
            title: ui.theme,
            render: (_v, r) => (
              <Typography.Link onClick={() => setViewing(r.id)} data-testid={`study-day-${r.id}`}>
                {r.theme}
              </Typography.Link>
            ),
          },
          {
            key: 'books',
            title: ui.booksGiven,
            render: (_v, r) =>
              r.books.length ? (
                r.books.map((b) => <Tag key={b}>《{b}》</Tag>)
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            key: 'attendance',
            title: ui.attendance,
            width: 250,
            render: (_v, r) => ui.invited(r.invitedCount, r.presentCount, r.absentCount),
          },
          ...(manager
            ? [
                {
                  key: 'actions',
                  title: common.actions,
                  width: 90,
                  render: (_v: unknown, r: StudyDaySummary) => (
                    <Button size="small" onClick={() => setEditing(r.id)}>
                      {common.edit}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <StudyDayDrawer id={viewing} onClose={() => setViewing(null)} canSign={manager} />
      <StudyDayForm id={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
