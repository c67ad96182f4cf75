import { App, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SessionDetail } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import CorrectionModal from './CorrectionModal.js';
import CorrectionTrail from './CorrectionTrail.js';
import { beijing, f, t, w } from './shared.js';

/** A submitted (locked) record: what the team found, the correction trail, and the unit's 签收. */
export default function RecordView({
  detail,
  canCorrect,
  canAck,
  onChanged,
}: {
  detail: SessionDetail;
  canCorrect: boolean;
  canAck: boolean;
  onChanged: () => void;
}) {
  const rec = detail.record;
  const { message } = App.useApp();
  const [correcting, setCorrecting] = useState(false);
  if (!rec) return null;
  const ack = async () => {
    try {
      await api.post(`/api/inspections/sessions/${detail.session.id}/feedback/ack`, { version: rec.version });
      message.success(w.ackDone);
      onChanged();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  const present = rec.attendance.filter((a) => a.present).length;
  const items = (kind: 'practice' | 'shortcoming') => detail.items.filter((i) => i.kind === kind);

  return (
    <>
      <Card
        size="small"
        title={w.feedback}
        style={{ marginBottom: 16 }}
        extra={
          rec.acknowledgedAt ? (
            <Tag color="green">{w.acknowledged(beijing(rec.acknowledgedAt))}</Tag>
          ) : canAck ? (
            <Button type="primary" onClick={ack}>
              {w.acknowledge}
            </Button>
          ) : (
            <Tag color="orange">{w.notAcknowledged}</Tag>
          )
        }
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>
          {rec.feedback}
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={w.recordShort}
        extra={
          <Space>
            <Tag color="green">{w.lockedTag}</Tag>
            {canCorrect && <Button onClick={() => setCorrecting(true)}>{w.correct}</Button>}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
          <Descriptions.Item label={f.inspectedOn}>{rec.inspectedOn}</Descriptions.Item>
          <Descriptions.Item label={f.grade}>
            {rec.grade ? t.grades[rec.grade] : '—'}
            {rec.totalScore !== null && `（${w.scoreTotal(rec.totalScore)}）`}
          </Descriptions.Item>
          <Descriptions.Item label={w.attendance} span={2}>
            {w.expected} {rec.attendance.length}，{w.present} {present}
            {rec.attendance
              .filter((a) => !a.present)
              .map((a) => `；${a.name}${w.absent}（${a.absenceReason ?? ''}）`)
              .join('')}
          </Descriptions.Item>
          {rec.scores.length > 0 && (
            <Descriptions.Item label={f.scores} span={2}>
              {rec.scores.map((s) => `${t.criteria[s.criterion]} ${s.score}`).join('；')}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={w.checks} span={2}>
            {rec.checks.map((c) => `${c.name}：${t.checkResults[c.result]}`).join('；') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={w.asked} span={2}>
            {rec.questionsAsked || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={w.listened} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{rec.notes || '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={w.recordSubmittedLabel} span={2}>
            {beijing(rec.submittedAt)}（{rec.submittedByName}）
          </Descriptions.Item>
        </Descriptions>
        {(['practice', 'shortcoming'] as const).map((kind) => (
          <List
            key={kind}
            size="small"
            style={{ marginTop: 12 }}
            header={<Typography.Text strong>{t.itemKinds[kind]}</Typography.Text>}
            dataSource={items(kind)}
            locale={{ emptyText: w.none }}
            renderItem={(i) => (
              <List.Item>
                <Space wrap>
                  <Tag>{t.categories[i.itemCategory]}</Tag>
                  {i.content}
                  {i.addedByCorrection && <Tag color="orange">{w.addedByCorrection}</Tag>}
                </Space>
              </List.Item>
            )}
          />
        ))}
        {detail.corrections.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {w.corrections}
            </Typography.Title>
            <CorrectionTrail corrections={detail.corrections} />
          </>
        )}
      </Card>
      <CorrectionModal
        detail={detail}
        open={correcting}
        onClose={() => setCorrecting(false)}
        onChanged={onChanged}
      />
    </>
  );
}
