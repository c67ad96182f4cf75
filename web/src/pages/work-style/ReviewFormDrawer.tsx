import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input } from 'antd';
import { useEffect } from 'react';
import type { Review } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, today, UnitsSelect, useIsPhone, w } from './shared.js';

type Values = Omit<Review, 'id' | 'campaignId' | 'version'>;
const required = [{ required: true, message: w.required }];

/** 点评会: when, who chaired, units praised and criticised, and what was said. */
export default function ReviewFormDrawer({
  open,
  campaignId,
  review,
  onClose,
}: {
  open: boolean;
  campaignId: number;
  review?: Review;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(review ?? { heldOn: today(), praisedUnitIds: [], criticisedUnitIds: [] });
  }, [open, review, form]);
  const { submit, busy } = useFormSubmit<Values>(form, async (values) => {
    const body = { ...values, campaignId };
    if (review) await api.put(`/api/work-style/reviews/${review.id}`, { ...body, version: review.version });
    else await api.post('/api/work-style/reviews', body);
    message.success(zh.web.common.saved);
    await client.invalidateQueries({ queryKey: ['/api/work-style/reviews'] });
    onClose();
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={review ? w.editReview : w.newReview}
      size={isPhone ? '100%' : 560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={w.reviewTitle} rules={[...required, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="heldOn" label={w.heldOn} rules={required}>
          <DateInput />
        </Form.Item>
        <Form.Item name="chair" label={f.chair} rules={[...required, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="praisedUnitIds" label={f.praisedUnitIds}>
          <UnitsSelect />
        </Form.Item>
        <Form.Item name="criticisedUnitIds" label={f.criticisedUnitIds}>
          <UnitsSelect />
        </Form.Item>
        <Form.Item name="remarks" label={w.reviewRemarks}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}
