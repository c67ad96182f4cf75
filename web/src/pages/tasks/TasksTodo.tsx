import { useQueries } from '@tanstack/react-query';
import { Badge, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { MechanismSummary } from '../../../../common/mechanisms.js';
import { api, type Page } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { ui } from '../documents/shared.js';

const total = (url: string, query: Record<string, string>) => () =>
  api.get<Page<unknown>>(url, { ...query, pageSize: 1 }).then((p) => p.total);

/** Workbench to-dos of documents, tasks and the “168” rollout (nothing rendered when there are none). */
export default function TasksTodo() {
  const { data: me } = useMe();
  const manager = canDo(me, 'tasks.manage');
  const unit = canDo(me, 'tasks.report');
  const mechanisms = canDo(me, 'mechanisms.manage');
  const sources: [string, () => Promise<number>, boolean][] = [
    ['review', total('/api/task-slots', { attention: 'review' }), manager],
    ['extension', total('/api/task-slots', { attention: 'extension' }), manager],
    ['overdue', total('/api/task-slots', { attention: 'overdue' }), manager || unit],
    ['returned', total('/api/task-slots', { attention: 'returned' }), unit],
    ['open', total('/api/task-slots', { status: 'pending' }), unit],
    ['amended', total('/api/task-slots', { attention: 'amended' }), unit],
    ['unread', total('/api/documents', { unread: 'true' }), unit],
    [
      'adoption',
      () =>
        api
          .get<Page<MechanismSummary>>('/api/mechanisms', { pageSize: 50 })
          .then((p) => p.items.reduce((n, m) => n + m.pendingReviewCount, 0)),
      mechanisms,
    ],
  ];
  const results = useQueries({
    queries: sources.map(([key, queryFn, enabled]) => ({
      queryKey: ['todo', 'documents', key],
      queryFn,
      enabled,
    })),
  });
  const [review, extension, overdue, returned, open, amended, unread, adoption] = results.map(
    (r) => r.data ?? 0,
  );
  const items: { text: string; to: string; color: string }[] = [];
  if (manager) {
    if (review) items.push({ text: ui.todoReview(review), to: '/tasks?tab=review', color: '#1677ff' });
    if (extension)
      items.push({ text: ui.todoExtension(extension), to: '/tasks?tab=extension', color: 'purple' });
    if (overdue) items.push({ text: ui.todoOverdue(overdue), to: '/tasks?tab=overdue', color: 'red' });
    if (adoption) items.push({ text: ui.todoAdoptionReview(adoption), to: '/excellence', color: 'geekblue' });
  }
  if (unit) {
    if (overdue) items.push({ text: ui.todoUnitOverdue(overdue), to: '/tasks?tab=overdue', color: 'red' });
    if (returned)
      items.push({ text: ui.todoUnitReturned(returned), to: '/tasks?tab=returned', color: 'orange' });
    if (amended) items.push({ text: ui.todoUnitAmended(amended), to: '/tasks?tab=amended', color: 'cyan' });
    if (open) items.push({ text: ui.todoUnitOpen(open), to: '/tasks?tab=mine', color: 'blue' });
    if (unread) items.push({ text: ui.todoUnread(unread), to: '/documents?unread=true', color: 'gold' });
  }
  if (!items.length) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{ui.todoTitle}</Typography.Text>}
      dataSource={items}
      renderItem={(i) => (
        <List.Item>
          <Link to={i.to}>
            <Badge color={i.color} text={i.text} />
          </Link>
        </List.Item>
      )}
    />
  );
}
