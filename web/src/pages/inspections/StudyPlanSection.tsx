import { Button, Card, Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SessionDetail, StudyPlan } from '../../../../common/inspections.js';
import StudyPlanDrawer from './StudyPlanDrawer.js';
import StudyPlanReview from './StudyPlanReview.js';
import { beijing, f, LateTag, w } from './shared.js';

function PlanView({ plan }: { plan: StudyPlan }) {
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
      <Descriptions.Item label={f.sessionDate}>
        {plan.sessionDate} {plan.startTime}
      </Descriptions.Item>
      <Descriptions.Item label={f.place}>{plan.place}</Descriptions.Item>
      <Descriptions.Item label={f.topic} span={2}>
        {plan.topic}
      </Descriptions.Item>
      <Descriptions.Item label={f.host}>{plan.host}</Descriptions.Item>
      <Descriptions.Item label={f.speakers}>{plan.speakers.join('、')}</Descriptions.Item>
      <Descriptions.Item label={f.questions} span={2}>
        <ol style={{ margin: 0, paddingInlineStart: 18 }}>
          {plan.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label={f.attendees} span={2}>
        {plan.attendees.join('、')}
      </Descriptions.Item>
      {plan.files.length > 0 && (
        <Descriptions.Item label={f.fileIds} span={2}>
          <Space orientation="vertical" size={0}>
            {plan.files.map((file) => (
              <a key={file.id} href={`/api/files/${file.id}`} download={file.originalName}>
                {file.originalName}
              </a>
            ))}
          </Space>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={w.submittedLabel} span={2}>
        {plan.submittedOn}（{plan.submittedByName}）{w.daysAhead(plan.daysAhead)} <LateTag late={plan.late} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 学习方案: the latest version, its history, the unit's form and the committee's 审核通过 / 退回修改. */
export default function StudyPlanSection({
  detail,
  canSubmit,
  canReturn,
  onChanged,
}: {
  detail: SessionDetail;
  canSubmit: boolean;
  canReturn: boolean;
  onChanged: () => void;
}) {
  const [formOpen, setFormOpen] = useState(false);
  const [latest, ...older] = detail.studyPlans;
  const inspected = detail.session.recordStatus === 'submitted';
  return (
    <Card
      size="small"
      title={w.studyPlan}
      extra={
        <Space wrap>
          {canSubmit && !inspected && (
            <Button type="primary" onClick={() => setFormOpen(true)}>
              {latest ? w.resubmit : w.submitStudyPlan}
            </Button>
          )}
          {canReturn && latest?.status === 'submitted' && !inspected && (
            <StudyPlanReview plan={latest} onChanged={onChanged} />
          )}
        </Space>
      }
    >
      {!latest ? (
        <Empty description={w.noStudyPlan}>
          <Typography.Text type="secondary">{w.leadRule}</Typography.Text>
        </Empty>
      ) : (
        <>
          <Space style={{ marginBottom: 8 }} wrap>
            <Tag>{w.versionNo(latest.versionNo)}</Tag>
            {latest.status === 'returned' && <Tag color="orange">{w.returnedTag}</Tag>}
            {latest.status === 'accepted' && <Tag color="green">{w.acceptedTag}</Tag>}
            {latest.status === 'submitted' && <Tag color="blue">{w.awaitingReview}</Tag>}
          </Space>
          {latest.status === 'accepted' && (
            <Typography.Paragraph type="success">
              {w.acceptedBy(beijing(latest.acceptedAt), latest.acceptedByName ?? '')}
              {latest.acceptComment && `：${latest.acceptComment}`}
            </Typography.Paragraph>
          )}
          {latest.status === 'returned' && (
            <Typography.Paragraph type="warning">
              {w.returnReason}：{latest.returnReason}
            </Typography.Paragraph>
          )}
          <PlanView plan={latest} />
          {older.length > 0 && (
            <Collapse
              style={{ marginTop: 12 }}
              size="small"
              items={[
                {
                  key: 'history',
                  label: `${w.history}（${older.length}）`,
                  children: older.map((p) => (
                    <div key={p.id} style={{ marginBottom: 12 }}>
                      <Space wrap>
                        <Tag>{w.versionNo(p.versionNo)}</Tag>
                        {p.status === 'returned' && (
                          <Typography.Text type="warning">
                            {w.returnReason}：{p.returnReason}
                          </Typography.Text>
                        )}
                      </Space>
                      <PlanView plan={p} />
                    </div>
                  )),
                },
              ]}
            />
          )}
        </>
      )}
      <StudyPlanDrawer
        open={formOpen}
        sessionId={detail.session.id}
        year={detail.session.year}
        initial={latest}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          setFormOpen(false);
          onChanged();
        }}
      />
    </Card>
  );
}
