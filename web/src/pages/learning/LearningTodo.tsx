import { useQuery } from '@tanstack/react-query';
import { Alert, Space } from 'antd';
import { Link } from 'react-router';
import type { ReadingActivity } from '../../../../common/learning.js';
import type { BriefingSummary } from '../../../../common/publications.js';
import { api, type Page } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { zh } from '../../locale.js';
import { currentHalf, ui } from './shared.js';

/** Workbench to-dos: briefings waiting for 审核印发; a unit that has not reported reading activities this half-year. */
export default function LearningTodo() {
  const { data: me } = useMe();
  const publisher = canDo(me, 'publications.publish');
  const unitReporter = !!me?.roles.includes('unit_admin') && canDo(me, 'learning.report');
  const review = useQuery({
    queryKey: ['/api/publications/briefings', 'todo'],
    queryFn: () =>
      api.get<Page<BriefingSummary>>('/api/publications/briefings', { status: 'review', pageSize: 1 }),
    enabled: publisher,
  });
  const half = currentHalf();
  const mine = useQuery({
    queryKey: ['/api/learning/activities', 'todo', half],
    queryFn: () => api.get<Page<ReadingActivity>>('/api/learning/activities', { ...half, pageSize: 1 }),
    enabled: unitReporter,
  });
  const items = [];
  if (publisher && (review.data?.total ?? 0) > 0)
    items.push(
      <Alert
        key="review"
        type="warning"
        showIcon
        title={
          <Link to="/publicity?status=review">{zh.publications.ui.todoReview(review.data?.total ?? 0)}</Link>
        }
      />,
    );
  if (unitReporter && mine.data && mine.data.total === 0)
    items.push(
      <Alert
        key="report"
        type="info"
        showIcon
        title={<Link to="/learning/activities">{ui.todoReport}</Link>}
      />,
    );
  if (!items.length) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {items}
    </Space>
  );
}
