import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import PageLoading from '../../layout/PageLoading.js';
import RecordForm from './RecordForm.js';
import RecordView from './RecordView.js';
import ScheduleButton from './ScheduleButton.js';
import StudyPlanSection from './StudyPlanSection.js';
import { LateTag, StateTag, w } from './shared.js';
import TeamSection from './TeamSection.js';

/** One unit's 巡听 of the year: study plan → team → on-site record → feedback and 签收. */
export default function SessionPage() {
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const client = useQueryClient();
  const { data, error, isLoading } = useQuery({
    queryKey: ['/api/inspections/sessions', id],
    queryFn: () => api.get<SessionDetail>(`/api/inspections/sessions/${id}`),
  });
  if (isLoading) return <PageLoading />;
  if (error || !data)
    return (
      <Result
        status="404"
        title={(error as Error | null)?.message ?? w.notFound}
        extra={
          <Link to="/inspections/sessions">
            <Button>{w.backToList}</Button>
          </Link>
        }
      />
    );
  const refresh = () => client.invalidateQueries({ queryKey: ['/api/inspections/sessions'] });
  const s = data.session;
  const submitted = data.record?.status === 'submitted';
  const canWrite = data.isTeamMember && canDo(me, 'inspections.record.write');
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {s.unitName}
        </Typography.Title>
        <StateTag state={s.state} />
        <LateTag late={s.studyPlanLate} />
        {canDo(me, 'inspections.plan.manage') && !submitted && (
          <ScheduleButton session={s} onChanged={refresh} />
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={w.planLabel}>
          <Link to={`/inspections?year=${s.year}`}>{data.plan.docNo ?? data.plan.title}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={w.plannedMonthLabel}>
          {s.year}年{w.monthOf(s.plannedMonth)}
        </Descriptions.Item>
        <Descriptions.Item label={w.dateLabel}>{s.effectiveDate ?? w.dateNotSet}</Descriptions.Item>
        <Descriptions.Item label={w.areaLabel}>{s.areaName ?? '—'}</Descriptions.Item>
      </Descriptions>
      {s.state === 'studyPlanMissing' && (
        <Alert type="error" showIcon title={w.missingAlert} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <StudyPlanSection
              detail={data}
              canSubmit={canDo(me, 'inspections.studyPlan.submit')}
              canReturn={canDo(me, 'inspections.studyPlan.review')}
              onChanged={refresh}
            />
            <TeamSection
              detail={data}
              canEdit={canDo(me, 'inspections.plan.manage') && !submitted}
              onChanged={refresh}
            />
          </Space>
        </Col>
        <Col xs={24} xl={12}>
          {submitted ? (
            <RecordView
              detail={data}
              canCorrect={canWrite}
              canAck={canDo(me, 'inspections.feedback.ack')}
              onChanged={refresh}
            />
          ) : canWrite ? (
            <RecordForm key={data.record?.version ?? 0} detail={data} onChanged={refresh} />
          ) : (
            <Card size="small" title={w.record}>
              <Typography.Text type="secondary">
                {data.record ? w.recordInProgress : w.noRecord}
              </Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
