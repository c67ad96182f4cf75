import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Popconfirm, Row, Table, Typography } from 'antd';
import type { SecuritySettings } from '../../../../common/users.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import { shanghaiTime, t, useIsPhone } from './shared.js';

type Setting = { value: number; env: string | null };
const s = t.security;

function SettingsTable({ title, rows }: { title: string; rows: [string, Setting][] }) {
  return (
    <Card title={title} size="small">
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(r) => r[0]}
        dataSource={rows}
        columns={[
          { title: s.setting, key: 'label', render: (_, r) => r[0] },
          { title: s.value, key: 'value', width: 80, align: 'right', render: (_, r) => <b>{r[1].value}</b> },
          {
            title: s.envVar,
            key: 'env',
            render: (_, r) =>
              r[1].env ? (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {r[1].env}
                </Typography.Text>
              ) : (
                s.fixed
              ),
          },
        ]}
      />
    </Card>
  );
}

/** 安全设置 (安全管理员): the policy in force (read-only, from the environment) and unlocking. */
export default function SecurityPage() {
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const query = useQuery({
    queryKey: ['/api/security/settings'],
    queryFn: () => api.get<SecuritySettings>('/api/security/settings'),
  });
  const data = query.data;
  const unlock = async (username: string) => {
    try {
      await api.post('/api/security/unlock', { username });
      message.success(t.done.unlocked);
    } catch (error) {
      message.error((error as Error).message);
    }
    await query.refetch();
  };
  if (query.isError) return <Alert type="error" title={(query.error as Error).message} />;
  if (!data) return <Card loading />;
  const p = data.passwordPolicy;
  const l = data.lockout;
  return (
    <div>
      <Typography.Title level={4}>{t.page.security}</Typography.Title>
      <Alert type="info" showIcon title={s.readOnly} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12} xxl={8}>
          <SettingsTable
            title={s.policyTitle}
            rows={[
              [s.minLength, p.minLength],
              [s.maxLength, p.maxLength],
              [s.minClasses, p.minClasses],
              [s.expiryDays, p.expiryDays],
            ]}
          />
        </Col>
        <Col xs={24} xl={12} xxl={8}>
          <SettingsTable
            title={s.lockoutTitle}
            rows={[
              [s.maxFailures, l.maxFailures],
              [s.windowMinutes, l.windowMinutes],
              [s.lockMinutes, l.lockMinutes],
            ]}
          />
        </Col>
        <Col xs={24} xl={12} xxl={8}>
          <SettingsTable
            title={s.sessionTitle}
            rows={[
              [s.idleMinutes, data.session.idleMinutes],
              [s.absoluteHours, data.session.absoluteHours],
            ]}
          />
        </Col>
        <Col span={24}>
          <Card title={s.lockedTitle} size="small">
            <Table
              size="small"
              rowKey="username"
              dataSource={data.locked}
              pagination={false}
              scroll={isPhone ? { x: 520 } : undefined}
              locale={{ emptyText: <Empty description={t.empty.locked} /> }}
              columns={[
                { title: t.columns.username, dataIndex: 'username' },
                { title: t.columns.displayName, dataIndex: 'displayName' },
                { title: s.failures, dataIndex: 'failures', width: 90, align: 'right' },
                { title: s.lockedUntil, dataIndex: 'lockedUntil', render: (v: string) => shanghaiTime(v) },
                {
                  title: zh.web.common.actions,
                  key: 'actions',
                  render: (_, r) => (
                    <Popconfirm
                      title={t.actions.confirmUnlock(r.username)}
                      onConfirm={() => unlock(r.username)}
                    >
                      <Button size="small" type="link">
                        {t.actions.unlock}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
