import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Result, Row, Spin, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import type { ProblemDetail } from '../../../../common/problems.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import RectifyPanel from './RectifyPanel.js';
import StaffPanel from './StaffPanel.js';
import { f, StatusTag, w, ws } from './shared.js';

const at = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** One problem: its facts, the unit's answer, the full log, and the actions the caller may take. */
export default function ProblemDetailPage() {
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const q = useQuery({
    queryKey: ['/api/problems', id],
    queryFn: () => api.get<ProblemDetail>(`/api/problems/${id}`),
  });
  if (q.isLoading) return <Spin />;
  if (q.error || !q.data) return <Result status="404" title={q.error?.message ?? w.none} />;
  const p = q.data;
  const deadline = p.deadlineType ? w.deadlineOf(ws.deadlineTypes[p.deadlineType], p.deadlineOn) : w.none;
  return (
    <div>
      <Typography.Title level={4}>
        {p.code} <StatusTag p={p} />
      </Typography.Title>
      {p.overdue && <Alert type="error" showIcon title={ws.overdue} style={{ marginBottom: 12 }} />}
      {p.status === 'returned' && p.returnReason && (
        <Alert
          type="warning"
          showIcon
          title={w.labelled(w.returnTitle, p.returnReason ?? '')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={w.basics} size="small">
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={f.unitId}>{p.unitName}</Descriptions.Item>
              <Descriptions.Item label={f.categoryName}>{p.categoryName}</Descriptions.Item>
              <Descriptions.Item label={f.severity}>{ws.severities[p.severity]}</Descriptions.Item>
              <Descriptions.Item label={f.foundOn}>{p.foundOn}</Descriptions.Item>
              <Descriptions.Item label={w.source}>
                {ws.sourceTypes[p.sourceType]}
                {p.sourceLabel ? w.labelled('', p.sourceLabel) : ''}
              </Descriptions.Item>
              <Descriptions.Item label={f.replyBy}>{p.replyBy ?? w.none}</Descriptions.Item>
              <Descriptions.Item label={w.descriptionLabel} span={2}>
                {p.description}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={w.rectification} size="small" style={{ marginTop: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={f.measures} span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{p.measures ?? w.none}</span>
              </Descriptions.Item>
              <Descriptions.Item label={f.responsibleLeader}>
                {p.responsibleLeader ?? w.none}
              </Descriptions.Item>
              <Descriptions.Item label={f.responsiblePerson}>
                {p.responsiblePerson ?? w.none}
              </Descriptions.Item>
              <Descriptions.Item label={f.deadlineOn}>{deadline}</Descriptions.Item>
              <Descriptions.Item label={w.remind}>{w.reminded(p.reminderCount)}</Descriptions.Item>
              {p.closedAt && (
                <Descriptions.Item
                  label={w.close}
                >{`${p.closedByName ?? ''} ${at(p.closedAt)}`}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {canDo(me, 'problems.rectify') && <RectifyPanel problem={p} onDone={() => q.refetch()} />}
          {canDo(me, 'workStyle.manage') && <StaffPanel problem={p} onDone={() => q.refetch()} />}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={w.timeline} size="small">
            <Timeline
              items={p.events.map((e) => ({
                color:
                  e.kind === 'returned' || e.kind === 'reminded'
                    ? 'red'
                    : e.kind === 'closed'
                      ? 'green'
                      : 'blue',
                content: (
                  <div>
                    <Typography.Text strong>{ws.events[e.kind]}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {at(e.at)} {e.actorName ?? ''}
                    </Typography.Text>
                    {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                    {e.files.map((file) => (
                      <Tag key={file.id}>
                        <a href={`/api/files/${file.id}`}>{file.originalName}</a>
                      </Tag>
                    ))}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
