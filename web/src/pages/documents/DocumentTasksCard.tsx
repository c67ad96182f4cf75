import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { DocumentDetail } from '../../../../common/documents.js';
import type { Task } from '../../../../common/tasks.js';
import { api, type Page } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { d, fl, ui } from './shared.js';

/** 随文任务: the tasks this document carries; staff add them while the document is a draft. */
export default function DocumentTasksCard({ doc }: { doc: DocumentDetail }) {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: ['/api/tasks', { documentId: doc.id }],
    queryFn: () => api.get<Page<Task>>('/api/tasks', { documentId: doc.id, pageSize: 50 }),
  });
  const canAdd = doc.status === 'draft' && canDo(me, 'tasks.manage');
  return (
    <Card
      size="small"
      title={ui.carriedTasks}
      extra={
        canAdd && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/tasks/new?documentId=${doc.id}`)}
          >
            {ui.addTask}
          </Button>
        )
      }
    >
      {data?.items.length ? (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(t) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/tasks/${t.id}`}>{t.title}</Link>}
                description={
                  <span>
                    <Tag>{d.taskStatuses[t.status]}</Tag>
                    <Typography.Text type="secondary">
                      {fl.deadline} {t.deadline}
                    </Typography.Text>
                  </span>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ui.noTasks} />
      )}
    </Card>
  );
}
