import { App, Form, Input, Modal, Typography } from 'antd';
import type { Problem } from '../../../../common/problems.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { DateInput, f, today, w } from './shared.js';

/** 反馈: one or many registered problems sent to their units with a reply-by date. */
export default function FeedbackModal({
  open,
  problems,
  onClose,
}: {
  open: boolean;
  problems: Pick<Problem, 'id' | 'version' | 'code'>[];
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { submit, busy } = useFormSubmit<{ replyBy: string; note?: string }>(form, async (values) => {
    const res = await api.post<{ count: number }>('/api/problems/feedback', {
      items: problems.map((p) => ({ id: p.id, version: p.version })),
      ...values,
    });
    message.success(w.feedbackDone(res.count));
    onClose(true);
  });
  return (
    <Modal
      open={open}
      title={w.feedback}
      okText={w.feedback}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{w.list(problems.map((p) => p.code))}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ replyBy: today() }}>
        <Form.Item name="replyBy" label={f.replyBy} rules={[{ required: true, message: w.required }]}>
          <DateInput min={today()} />
        </Form.Item>
        <Form.Item name="note" label={w.feedbackNote}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
