import { useQuery } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Todo } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { w } from './shared.js';

const COLORS: Partial<Record<Todo['kind'], string>> = {
  studyPlanMissing: 'red',
  studyPlanReturned: 'orange',
  feedbackToAck: 'blue',
  recordDraft: 'purple',
  toInspect: 'geekblue',
  studyPlanToReview: 'cyan',
};

function target(t: Todo) {
  if (t.sessionId) return `/inspections/sessions/${t.sessionId}`;
  if (t.selectionId) return '/inspections/year-end';
  return '/inspections';
}

/** The workbench's 巡听 to-dos (nothing rendered when there are none). */
export default function InspectionTodos() {
  const { data = [] } = useQuery({
    queryKey: ['/api/inspections/todos'],
    queryFn: () => api.get<Todo[]>('/api/inspections/todos'),
  });
  if (!data.length) return null;
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  return (
    <List
      size="small"
      header={<Typography.Text strong>{w.todoTitle}</Typography.Text>}
      dataSource={data}
      renderItem={(t) => (
        <List.Item>
          <Link to={target(t)} style={{ width: '100%' }}>
            {t.year !== null && t.year !== thisYear && <Tag>{w.yearTag(t.year)}</Tag>}
            <Tag color={COLORS[t.kind] ?? 'default'}>{t.unitName ?? w.todoTitle}</Tag>
            {t.text}
            {t.date && <Typography.Text type="secondary"> · {t.date}</Typography.Text>}
          </Link>
        </List.Item>
      )}
    />
  );
}
