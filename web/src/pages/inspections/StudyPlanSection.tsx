import {
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  daysBetween,
  isLateSubmission,
  type SessionDetail,
  type StudyPlan,
} from '../../../../common/inspections.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { f, LateTag, required, useIsPhone, w } from './shared.js';

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
              <a key={file.id} href={`/api/files/${file.id}`} target="_blank" rel="noreferrer">
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

/** 学习方案: the latest version, its history, the unit's form and the committee's 退回修改. */
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
  const [returning, setReturning] = useState(false);
  const { message } = App.useApp();
  const [latest, ...older] = detail.studyPlans;
  const inspected = detail.session.recordStatus === 'submitted';
  const [returnForm] = Form.useForm<{ reason: string }>();
  const returnSubmit = useFormSubmit<{ reason: string }>(returnForm, async (v) => {
    await api.post(`/api/inspections/study-plans/${latest.id}/return`, v);
    message.success(w.returnedDone);
    setReturning(false);
    onChanged();
  });

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
            <Button danger onClick={() => setReturning(true)}>
              {w.returnPlan}
            </Button>
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
          </Space>
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
        initial={latest}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          setFormOpen(false);
          onChanged();
        }}
      />
      <Modal
        open={returning}
        title={w.returnPlan}
        onCancel={() => setReturning(false)}
        onOk={() => returnForm.submit()}
        confirmLoading={returnSubmit.busy}
      >
        <Form form={returnForm} layout="vertical" onFinish={returnSubmit.submit}>
          <Form.Item name="reason" label={w.returnReason} rules={[required]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

interface PlanValues {
  sessionDate: string;
  startTime: string;
  place: string;
  topic: string;
  host: string;
  speakers: string;
  questions: string;
  attendees: string;
  files: UploadedFile[];
}

const lines = (s: string) =>
  s
    .split(/[\n、，,；;]/)
    .map((x) => x.trim())
    .filter(Boolean);

function StudyPlanDrawer({
  open,
  sessionId,
  initial,
  onClose,
  onSaved,
}: {
  open: boolean;
  sessionId: number;
  initial: StudyPlan | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<PlanValues>();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const date = Form.useWatch('sessionDate', form);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const { submit, busy } = useFormSubmit<PlanValues>(form, async (v) => {
    const res = await api.post<{ late: boolean }>(`/api/inspections/sessions/${sessionId}/study-plans`, {
      sessionDate: v.sessionDate,
      startTime: v.startTime,
      place: v.place,
      topic: v.topic,
      host: v.host,
      speakers: lines(v.speakers ?? ''),
      questions: (v.questions ?? '')
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
      attendees: lines(v.attendees ?? ''),
      fileIds: (v.files ?? []).map((x) => x.id),
    });
    message.success(res.late ? w.submittedLate : w.submittedOnTime);
    onSaved();
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={initial ? w.resubmit : w.submitStudyPlan}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          {w.submit}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{w.leadRule}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          initial && {
            ...initial,
            speakers: initial.speakers.join('、'),
            questions: initial.questions.join('\n'),
            attendees: initial.attendees.join('、'),
            files: [],
          }
        }
      >
        <Space wrap>
          <Form.Item name="sessionDate" label={f.sessionDate} rules={[required]}>
            <Input type="date" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="startTime" label={f.startTime} rules={[required]}>
            <Input type="time" style={{ width: 120 }} />
          </Form.Item>
        </Space>
        {date && isLateSubmission(today, date) && (
          <Typography.Paragraph type="warning">{w.willBeLate(daysBetween(today, date))}</Typography.Paragraph>
        )}
        <Form.Item name="place" label={f.place} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="topic" label={f.topic} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="host" label={f.host} rules={[required]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="speakers" label={f.speakers} rules={[required]} extra={w.listHint}>
          <Input />
        </Form.Item>
        <Form.Item name="questions" label={f.questions} rules={[required]} extra={w.linesHint}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="attendees" label={f.attendees} rules={[required]} extra={w.listHint}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="files" label={f.fileIds}>
          <FileUpload />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
