import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { StudyPlan } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { f, required, w } from './shared.js';

/** The committee's review of the latest study plan: 审核通过 or 退回修改 (each with its own dialog). */
export default function StudyPlanReview({ plan, onChanged }: { plan: StudyPlan; onChanged: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<'accept' | 'return' | null>(null);
  const [returnForm] = Form.useForm<{ reason: string }>();
  const [acceptForm] = Form.useForm<{ comment?: string }>();
  const done = (text: string) => {
    message.success(text);
    setOpen(null);
    onChanged();
  };
  const returnSubmit = useFormSubmit<{ reason: string }>(returnForm, async (v) => {
    await api.post(`/api/inspections/study-plans/${plan.id}/return`, v);
    done(w.returnedDone);
  });
  const acceptSubmit = useFormSubmit<{ comment?: string }>(acceptForm, async (v) => {
    await api.post(`/api/inspections/study-plans/${plan.id}/accept`, { comment: v.comment || null });
    done(w.acceptedDone);
  });
  return (
    <>
      <Space wrap>
        <Button type="primary" ghost onClick={() => setOpen('accept')}>
          {w.acceptPlan}
        </Button>
        <Button danger onClick={() => setOpen('return')}>
          {w.returnPlan}
        </Button>
      </Space>
      <Modal
        open={open === 'accept'}
        title={w.acceptPlan}
        okText={w.acceptPlan}
        onCancel={() => setOpen(null)}
        onOk={() => acceptForm.submit()}
        confirmLoading={acceptSubmit.busy}
        destroyOnHidden
      >
        <Form form={acceptForm} layout="vertical" onFinish={acceptSubmit.submit}>
          <Form.Item name="comment" label={f.acceptComment} extra={w.acceptHint}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={open === 'return'}
        title={w.returnPlan}
        okText={w.returnPlan}
        onCancel={() => setOpen(null)}
        onOk={() => returnForm.submit()}
        confirmLoading={returnSubmit.busy}
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical" onFinish={returnSubmit.submit}>
          <Form.Item name="reason" label={w.returnReason} rules={[required]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
