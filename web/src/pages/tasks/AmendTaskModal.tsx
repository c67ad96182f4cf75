import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { ui } from '../documents/shared.js';

type Values = { title: string; description?: string; deadline: Dayjs; note?: string };

/** 调整任务 after dispatch: correct name/description, extend the deadline for every unit. */
export default function AmendTaskModal({ task }: { task: Task }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    const res = await api.post<{ notified: number }>(`/api/tasks/${task.id}/amend`, {
      title: v.title,
      description: v.description || null,
      deadline: v.deadline.format('YYYY-MM-DD'),
      note: v.note || null,
      version: task.version,
    });
    message.success(ui.amendedOk(res.notified));
    setOpen(false);
    await client.invalidateQueries({ queryKey: ['/api/tasks'] });
    await client.invalidateQueries({ queryKey: ['/api/task-slots'] });
  });
  const original = dayjs(task.deadline);
  return (
    <>
      <Button
        onClick={() => {
          form.setFieldsValue({
            title: task.title,
            description: task.description ?? undefined,
            deadline: original,
            note: undefined,
          });
          setOpen(true);
        }}
      >
        {ui.amendTask}
      </Button>
      <Modal
        open={open}
        title={ui.amendTask}
        okText={ui.save}
        cancelText={ui.cancel}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label={ui.amendTitle} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={ui.amendDescription} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={ui.amendDeadline}
            extra={ui.amendDeadlineHint}
            rules={[{ required: true }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(original, 'day')} />
          </Form.Item>
          <Form.Item name="note" label={ui.amendNote} rules={[{ max: 300 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={ui.amendNotePh} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
