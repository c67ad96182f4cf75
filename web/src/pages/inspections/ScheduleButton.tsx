import { App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { SessionSummary } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { DateField } from './DateField.js';
import { f, monthOptions, required, w } from './shared.js';

interface Values {
  plannedMonth: number;
  scheduledDate: string | null;
}

/** 调整巡听安排: the committee moves a session's month or sets its date after the plan is issued. */
export default function ScheduleButton({
  session,
  onChanged,
}: {
  session: SessionSummary;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    await api.put(`/api/inspections/sessions/${session.id}/schedule`, {
      plannedMonth: v.plannedMonth,
      scheduledDate: v.scheduledDate ?? null,
      version: session.version,
    });
    message.success(w.scheduleSaved);
    setOpen(false);
    onChanged();
  });
  // Picking a date moves the month with it, so the two never disagree.
  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.scheduledDate) form.setFieldValue('plannedMonth', Number(changed.scheduledDate.slice(5, 7)));
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{w.editSchedule}</Button>
      <Modal
        open={open}
        title={w.editSchedule}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={w.save}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{w.scheduleHint}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={onValuesChange}
          initialValues={{ plannedMonth: session.plannedMonth, scheduledDate: session.scheduledDate }}
        >
          <Form.Item name="scheduledDate" label={f.scheduledDate} extra={w.scheduleDateHint}>
            <DateField year={session.year} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="plannedMonth" label={f.plannedMonth} rules={[required]}>
            <Select options={monthOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
