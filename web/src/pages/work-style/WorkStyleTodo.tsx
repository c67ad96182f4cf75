import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { Link } from 'react-router';
import type { TodoSummary } from '../../../../common/problems.js';
import { api } from '../../api.js';
import { useMe } from '../../auth.js';
import { StatusTag, w } from './shared.js';

/** Workbench to-do: the unit's problems to answer, or the committee's verifications; overdue in red. */
export default function WorkStyleTodo() {
  const { data: me } = useMe();
  const q = useQuery({
    queryKey: ['/api/problems/todo'],
    queryFn: () => api.get<TodoSummary>('/api/problems/todo'),
  });
  if (!q.data || q.data.actionable === 0) return null;
  const unit = me?.roles.includes('unit_admin');
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong>
        {unit ? w.todoUnit(q.data.actionable) : w.todoStaff(q.data.actionable)}
      </Typography.Text>
      {q.data.overdue > 0 && (
        <Typography.Text type="danger">{w.aside(w.todoOverdue(q.data.overdue))}</Typography.Text>
      )}
      <List
        size="small"
        dataSource={q.data.items}
        renderItem={(p) => (
          <List.Item style={p.overdue ? { background: '#fff1f0' } : undefined}>
            <Link
              to={`/work-style/problems/${p.id}`}
            >{`${p.code} ${w.labelled(p.unitName, p.description.slice(0, 30))}`}</Link>
            <StatusTag p={p} />
          </List.Item>
        )}
      />
    </div>
  );
}
