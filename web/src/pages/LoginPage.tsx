import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../api.js';
import { zh } from '../locale.js';

export default function LoginPage() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const t = zh.web.login;

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const { csrfToken } = await api.post<{ csrfToken: string }>('/api/auth/login', values);
      setCsrfToken(csrfToken);
      await client.invalidateQueries({ queryKey: ['me'] });
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : zh.errors.internal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #a8071a 0%, #cf1322 40%, #f5f5f5 40%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {zh.appName}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {zh.appTitle}
        </Typography.Paragraph>
        {error && (
          <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t.username}
            name="username"
            rules={[{ required: true, message: t.usernameRequired }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item
            label={t.password}
            name="password"
            rules={[{ required: true, message: t.passwordRequired }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
