import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import type { Matrix, Task } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { d, fl, ui } from '../documents/shared.js';
import AmendTaskModal from './AmendTaskModal.js';
import HeatMatrix, { taskStyles } from './HeatMatrix.js';

/** One task: its requirements, the unit × period heat map, and (for staff) edit/dispatch. */
export default function TaskDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { data: task } = useQuery({
    queryKey: ['/api/tasks', id],
    queryFn: () => api.get<Task>(`/api/tasks/${id}`),
  });
  const matrix = useQuery({
    queryKey: ['/api/tasks', id, 'matrix'],
    queryFn: () => api.get<Matrix>(`/api/tasks/${id}/matrix`),
    enabled: task?.status === 'dispatched',
  });
  const dispatch = useMutation({
    mutationFn: () => api.post<{ slots: number }>(`/api/tasks/${id}/dispatch`, { version: task?.version }),
    onSuccess: (r) => {
      message.success(ui.dispatchedOk(r.slots));
      client.invalidateQueries({ queryKey: ['/api/tasks'] });
    },
    onError: (e) => message.error(e.message),
  });
  if (!task) return <Card loading />;
  const manager = canDo(me, 'tasks.manage');
  const draft = task.status === 'draft';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={task.title}
        extra={
          <Space wrap>
            <Tag color={draft ? 'default' : 'blue'}>{d.taskStatuses[task.status]}</Tag>
            {!draft && manager && <AmendTaskModal task={task} />}
            {draft && manager && <Button onClick={() => navigate(`/tasks/${id}/edit`)}>{ui.edit}</Button>}
            {draft && manager && !task.documentId && (
              <Popconfirm
                title={ui.dispatchConfirm}
                onConfirm={() => dispatch.mutate()}
                okText={ui.dispatch}
                cancelText={ui.cancel}
              >
                <Button type="primary">{ui.dispatch}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={fl.documentId}>
            {task.documentId ? (
              <Link to={`/documents/${task.documentId}`}>{task.docNumber ?? task.documentTitle}</Link>
            ) : (
              ui.standalone
            )}
          </Descriptions.Item>
          <Descriptions.Item label={fl.deadline}>{task.deadline}</Descriptions.Item>
          <Descriptions.Item label={fl.cycle}>
            {d.cycles[task.cycle]}
            {task.periodFrom ? `（${task.periodFrom} ~ ${task.periodTo}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={ui.target}>{d.targetModes[task.target.mode]}</Descriptions.Item>
          <Descriptions.Item label={ui.reportRequirements}>
            {[task.requiresText && ui.mustText, task.requiresFiles && ui.mustFiles]
              .filter(Boolean)
              .join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={ui.figuresToReport}>
            {task.figures.map((f) => `${f.label}${f.measure ? `（${f.measure}）` : ''}`).join('、') ||
              ui.figuresNone}
          </Descriptions.Item>
          {task.description && (
            <Descriptions.Item label={fl.description} span={3}>
              {task.description}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {!draft && (
        <Card title={ui.progress} loading={matrix.isLoading}>
          {matrix.data && (
            <HeatMatrix
              matrix={matrix.data}
              styles={taskStyles(d.cellStates)}
              linkOf={(ref) => `/tasks/slots/${ref}`}
              hint={ui.taskHint}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
