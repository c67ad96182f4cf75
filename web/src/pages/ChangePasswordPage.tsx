import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api.js';
import { useMe } from '../auth.js';
import { useFormSubmit } from '../components/useFormSubmit.js';
import { zh } from '../locale.js';

export default function ChangePasswordPage() {
  const [form] = Form.useForm();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const t = zh.web.password;
  const { submit, busy } = useFormSubmit(
    form,
    async (values: { oldPassword: string; newPassword: string }) => {
      await api.post('/api/auth/password', {
        oldPassword: values.oldPassword,
        newPassword: values.newPassword,
      });
      message.success(t.done);
      await client.invalidateQueries({ queryKey: ['me'] });
      navigate('/');
    },
  );
  return (
    <Card title={t.title} style={{ maxWidth: 480 }}>
      {me?.passwordExpired && <Alert type="warning" title={t.expired} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t.old} name="oldPassword" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label={t.new} name="newPassword" rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t.confirm}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_r, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Card>
  );
}
