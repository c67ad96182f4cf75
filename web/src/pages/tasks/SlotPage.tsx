import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import type { SlotDetail } from '../../../../common/tasks.js';
import { api, download } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { d, fl, ui } from '../documents/shared.js';
import {
  ExtensionDecision,
  ExtensionRequest,
  RemindButton,
  ReportForm,
  ReviewActions,
} from './SlotActions.js';
import { StateTag } from './StateTag.js';

/** One unit's report for one task and period: the report, the committee's review, extensions, 催办, timeline. */
export default function SlotPage() {
  const { id } = useParams();
  const client = useQueryClient();
  const { data: me } = useMe();
  const { data: slot } = useQuery({
    queryKey: ['/api/task-slots', id],
    queryFn: () => api.get<SlotDetail>(`/api/task-slots/${id}`),
  });
  if (!slot) return <Card loading />;
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/task-slots'] });
  const canReport = canDo(me, 'tasks.report') && (slot.status === 'pending' || slot.status === 'returned');
  const manager = canDo(me, 'tasks.manage');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <Card title={ui.slotTitle(slot.unitName, slot.periodLabel)} extra={<StateTag slot={slot} />}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={fl.taskId} span={2}>
                {slot.taskTitle}
              </Descriptions.Item>
              <Descriptions.Item label={ui.dueOn}>{slot.dueOn}</Descriptions.Item>
              <Descriptions.Item label={ui.submittedAt}>
                {slot.submittedAt ? dayjs(slot.submittedAt).format('YYYY-MM-DD HH:mm') : '—'}
              </Descriptions.Item>
              {slot.task.description && (
                <Descriptions.Item label={fl.description} span={2}>
                  {slot.task.description}
                </Descriptions.Item>
              )}
            </Descriptions>
            {slot.status === 'returned' && slot.returnReason && (
              <Alert
                type="warning"
                showIcon
                title={`${ui.returnIt}：${slot.returnReason}`}
                style={{ marginTop: 12 }}
              />
            )}
            {slot.extensionStatus === 'requested' && (
              <Alert
                type="info"
                showIcon
                title={`${ui.requestedUntil(slot.extensionUntil ?? '')}：${slot.extensionReason ?? ''}`}
                style={{ marginTop: 12 }}
              />
            )}
          </Card>
          {canReport ? (
            <ReportForm slot={slot} onDone={refresh} />
          ) : (
            slot.submittedAt && (
              <Card title={ui.reportContent}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {slot.content ?? '—'}
                </Typography.Paragraph>
                {slot.task.figures.length > 0 && (
                  <Descriptions size="small" column={1}>
                    {slot.task.figures.map((f) => (
                      <Descriptions.Item key={f.key} label={f.label}>
                        {slot.figureValues[f.key] ?? '—'} {f.measure ?? ''}
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                )}
                {slot.files.map((f) => (
                  <div key={f.id}>
                    <Button type="link" style={{ padding: 0 }} onClick={() => download(`/api/files/${f.id}`)}>
                      {f.originalName}
                    </Button>
                  </div>
                ))}
              </Card>
            )
          )}
          {manager && slot.status === 'submitted' && <ReviewActions slot={slot} onDone={refresh} />}
          {manager && slot.extensionStatus === 'requested' && (
            <ExtensionDecision slot={slot} onDone={refresh} />
          )}
          {canReport && slot.extensionStatus !== 'requested' && (
            <ExtensionRequest slot={slot} onDone={refresh} />
          )}
        </Space>
      </Col>
      <Col xs={24} lg={9}>
        <Card
          title={ui.timeline}
          extra={manager && slot.status !== 'accepted' && <RemindButton slot={slot} onDone={refresh} />}
        >
          {slot.events.length ? (
            <Timeline
              items={slot.events.map((e) => ({
                color:
                  e.kind === 'return' || e.kind === 'remind' || e.kind === 'extension_refuse'
                    ? 'red'
                    : e.kind === 'accept'
                      ? 'green'
                      : 'blue',
                content: (
                  <div>
                    <Typography.Text strong>{d.eventKinds[e.kind] ?? e.kind}</Typography.Text>
                    <Typography.Text type="secondary">
                      {' '}
                      {dayjs(e.at).format('YYYY-MM-DD HH:mm')} {e.actorName ?? ''}
                    </Typography.Text>
                    {e.note && <div>{e.note}</div>}
                  </div>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ui.noEvents} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
