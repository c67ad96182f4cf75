import { App, Button, Card, DatePicker, Form, Input, InputNumber, Popover, Space } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import type { SlotDetail } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import FileUpload, { type UploadedFile } from '../../components/FileUpload.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fl, ui } from '../documents/shared.js';

type Props = { slot: SlotDetail; onDone: () => void };

/** The unit's report (or resubmission after a return). */
export function ReportForm({ slot, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    content?: string;
    figureValues: Record<string, number>;
    files: UploadedFile[];
  }>();
  const { submit, busy } = useFormSubmit(
    form,
    async (v: { content?: string; figureValues?: Record<string, number>; files?: UploadedFile[] }) => {
      await api.post(`/api/task-slots/${slot.id}/report`, {
        content: v.content ?? null,
        figureValues: v.figureValues ?? {},
        fileIds: (v.files ?? []).map((f) => f.id),
        version: slot.version,
      });
      message.success(ui.reportOk);
      onDone();
    },
  );
  return (
    <Card title={slot.status === 'returned' ? ui.resubmit : ui.report}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          content: slot.content ?? undefined,
          figureValues: slot.figureValues,
          files: slot.files,
        }}
      >
        <Form.Item
          name="content"
          label={ui.reportContent}
          rules={[{ required: slot.task.requiresText }, { max: 5000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        {slot.task.figures.map((f) => (
          <Form.Item key={f.key} name={['figureValues', f.key]} label={f.label} rules={[{ required: true }]}>
            <InputNumber min={0} max={1e9} addonAfter={f.measure ?? undefined} style={{ width: 220 }} />
          </Form.Item>
        ))}
        <Form.Item
          name="files"
          label={fl.fileIds}
          rules={slot.task.requiresFiles ? [{ required: true }] : []}
        >
          <FileUpload />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {slot.status === 'returned' ? ui.resubmit : ui.report}
        </Button>
      </Form>
    </Card>
  );
}

/** Accept, or return with a reason the unit will read. */
export function ReviewActions({ slot, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string; decision: string }>();
  const { submit, busy } = useFormSubmit(form, async (v: { reason?: string; decision: string }) => {
    await api.post(`/api/task-slots/${slot.id}/review`, {
      decision: v.decision,
      reason: v.reason ?? null,
      version: slot.version,
    });
    message.success(ui.reviewedOk);
    onDone();
  });
  return (
    <Card title={ui.reviewQueue}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={fl.reason} rules={[{ max: 500 }]}>
          <Input.TextArea placeholder={ui.returnReasonPh} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="decision" hidden>
          <Input />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            loading={busy}
            onClick={() => submit({ ...form.getFieldsValue(), decision: 'accept' })}
          >
            {ui.accept}
          </Button>
          <Button
            danger
            loading={busy}
            onClick={() => {
              const reason = form.getFieldValue('reason');
              if (!reason) form.setFields([{ name: 'reason', errors: [ui.returnReasonPh] }]);
              else submit({ reason, decision: 'return' });
            }}
          >
            {ui.returnIt}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function ExtensionRequest({ slot, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ until: dayjs.Dayjs; reason: string }>();
  const { submit, busy } = useFormSubmit(form, async (v: { until: dayjs.Dayjs; reason: string }) => {
    await api.post(`/api/task-slots/${slot.id}/extension`, {
      until: v.until.format('YYYY-MM-DD'),
      reason: v.reason,
      version: slot.version,
    });
    message.success(ui.extensionOk);
    onDone();
  });
  return (
    <Card title={ui.askExtension} size="small">
      <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item name="until" label={fl.until} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reason" label={fl.reason} rules={[{ required: true, max: 500 }]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {ui.askExtension}
        </Button>
      </Form>
    </Card>
  );
}

export function ExtensionDecision({ slot, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { submit, busy } = useFormSubmit(form, async (v: { grant: boolean; reason?: string }) => {
    await api.post(`/api/task-slots/${slot.id}/extension/decision`, {
      grant: v.grant,
      reason: v.reason ?? null,
      version: slot.version,
    });
    message.success(ui.reviewedOk);
    onDone();
  });
  return (
    <Card title={ui.extensionQueue} size="small">
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={fl.reason} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            loading={busy}
            onClick={() => submit({ grant: true, reason: form.getFieldValue('reason') })}
          >
            {ui.grant}
          </Button>
          <Button
            danger
            loading={busy}
            onClick={() => submit({ grant: false, reason: form.getFieldValue('reason') })}
          >
            {ui.refuse}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function RemindButton({ slot, onDone }: Props) {
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const send = async () => {
    try {
      await api.post(`/api/task-slots/${slot.id}/remind`, { note: note || null });
      message.success(ui.remindOk);
      setOpen(false);
      onDone();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <Space orientation="vertical">
          <Input.TextArea
            maxLength={300}
            placeholder={ui.remindNotePh}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="primary" size="small" onClick={send}>
            {ui.remind}
          </Button>
        </Space>
      }
    >
      <Button size="small">{ui.remind}</Button>
    </Popover>
  );
}
