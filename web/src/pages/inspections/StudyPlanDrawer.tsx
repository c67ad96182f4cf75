import { App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { daysBetween, isLateSubmission, type StudyPlan } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { DateField, TimeField } from './DateField.js';
import { f, required, useIsPhone, w } from './shared.js';

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

/** The unit's study plan form (a new version each time it is sent). */
export default function StudyPlanDrawer({
  open,
  sessionId,
  year,
  initial,
  onClose,
  onSaved,
}: {
  open: boolean;
  sessionId: number;
  year: number;
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
            <DateField year={year} />
          </Form.Item>
          <Form.Item name="startTime" label={f.startTime} rules={[required]}>
            <TimeField />
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
