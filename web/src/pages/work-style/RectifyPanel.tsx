import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { ANSWERABLE_STATUSES, DEADLINE_TYPES, type ProblemDetail } from '../../../../common/problems.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, w, ws } from './shared.js';

const required = [{ required: true, message: w.required }];

/** The unit's side: measures (整改措施), progress with evidence, and the request for verification. */
export default function RectifyPanel({ problem: p, onDone }: { problem: ProblemDetail; onDone: () => void }) {
  const { message } = App.useApp();
  const [measuresForm] = Form.useForm();
  const [progressForm] = Form.useForm();
  useEffect(() => {
    measuresForm.setFieldsValue({
      measures: p.measures ?? undefined,
      responsibleLeader: p.responsibleLeader ?? undefined,
      responsiblePerson: p.responsiblePerson ?? undefined,
      deadlineType: p.deadlineType ?? 'deadline',
      deadlineOn: p.deadlineOn ?? undefined,
    });
  }, [p, measuresForm]);
  const deadlineType = Form.useWatch('deadlineType', measuresForm);
  const saveMeasures = useFormSubmit<Record<string, string>>(measuresForm, async (values) => {
    await api.put(`/api/problems/${p.id}/rectification`, {
      ...values,
      deadlineOn: values.deadlineOn || null,
      version: p.version,
    });
    message.success(zh.web.common.saved);
    onDone();
  });
  const saveProgress = useFormSubmit<{ note: string; files?: UploadedFile[] }>(
    progressForm,
    async (values) => {
      await api.post(`/api/problems/${p.id}/progress`, {
        note: values.note,
        fileIds: (values.files ?? []).map((x) => x.id),
        version: p.version,
      });
      progressForm.resetFields();
      message.success(w.done);
      onDone();
    },
  );
  const ask = async () => {
    try {
      await api.post(`/api/problems/${p.id}/request-verification`, { version: p.version });
      message.success(w.done);
      onDone();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  const answerable = (ANSWERABLE_STATUSES as readonly string[]).includes(p.status);
  const canProgress = ['measures_submitted', 'in_progress', 'returned'].includes(p.status);
  if (!answerable && !canProgress) return null;
  return (
    <>
      {answerable && (
        <Card title={w.rectifyTitle} size="small" style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{w.rectifyHint}</Typography.Paragraph>
          <Form form={measuresForm} layout="vertical" onFinish={saveMeasures.submit}>
            <Form.Item name="measures" label={f.measures} rules={required}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.Item name="responsibleLeader" label={f.responsibleLeader} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="responsiblePerson" label={f.responsiblePerson} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="deadlineType" label={f.deadlineType} rules={required}>
              <Select options={DEADLINE_TYPES.map((d) => ({ value: d, label: ws.deadlineTypes[d] }))} />
            </Form.Item>
            <Form.Item
              name="deadlineOn"
              label={f.deadlineOn}
              rules={
                deadlineType === 'deadline' ? [{ required: true, message: ws.errors.deadlineRequired }] : []
              }
            >
              <DateInput />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saveMeasures.busy} block>
              {w.rectifyTitle}
            </Button>
          </Form>
        </Card>
      )}
      {canProgress && (
        <Card title={w.progressTitle} size="small" style={{ marginTop: 16 }}>
          <Form form={progressForm} layout="vertical" onFinish={saveProgress.submit}>
            <Form.Item name="note" label={w.progressNote} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="files" label={w.evidence}>
              <FileUpload />
            </Form.Item>
            <Space wrap>
              <Button htmlType="submit" loading={saveProgress.busy}>
                {w.progressTitle}
              </Button>
              {p.status !== 'returned' && (
                <Button type="primary" onClick={ask}>
                  {w.requestVerification}
                </Button>
              )}
            </Space>
          </Form>
        </Card>
      )}
    </>
  );
}
