import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import { shanghaiTime, useIsPhone } from '../system/shared.js';
import AuditCards from './AuditCards.js';
import AuditDetailDrawer from './AuditDetailDrawer.js';
import AuditFilters from './AuditFilters.js';
import { type AuditRow, actionName, objectOf, resultColor, rolesOf, t } from './shared.js';

type Verdict = { intact: boolean; firstBrokenId: number | null } | { error: string };

/** 审计日志 (审计管理员): read-only, filtered and paged, with a hash-chain integrity check. */
export default function AuditLogPage() {
  const isPhone = useIsPhone();
  const list = useListQuery<AuditRow>('/api/audit');
  const [open, setOpen] = useState<AuditRow | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [verifying, setVerifying] = useState(false);
  const verify = async () => {
    setVerifying(true);
    try {
      setVerdict(await api.get<{ intact: boolean; firstBrokenId: number | null }>('/api/audit/verify'));
    } catch (error) {
      setVerdict({ error: (error as Error).message });
    } finally {
      setVerifying(false);
    }
  };
  const columns: TableColumnsType<AuditRow> = [
    { title: t.at, dataIndex: 'at', key: 'at', width: 170, render: (v: string) => shanghaiTime(v) },
    {
      title: t.actor,
      key: 'actor',
      width: 180,
      render: (_, r) => (
        <div>
          <div>{r.actorName ?? '—'}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {rolesOf(r.actorRole)}
          </Typography.Text>
        </div>
      ),
    },
    { title: t.action, key: 'action', render: (_, r) => actionName(r.action) },
    {
      title: t.object,
      key: 'object',
      width: 160,
      render: (_, r) => objectOf(r),
    },
    {
      title: t.result,
      dataIndex: 'result',
      key: 'result',
      width: 80,
      render: (v: string) => <Tag color={resultColor[v]}>{zh.audit.results[v] ?? v}</Tag>,
    },
    { title: t.ip, dataIndex: 'ip', key: 'ip', width: 130, render: (v) => v ?? '—' },
    {
      title: zh.web.common.actions,
      key: 'open',
      width: 80,
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => setOpen(r)}>
          {zh.web.common.detail}
        </Button>
      ),
    },
  ];
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {zh.users.page.audit}
        </Typography.Title>
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
          {t.verify}
        </Button>
      </Flex>
      {verdict && (
        <Alert
          data-testid="audit-verdict"
          showIcon
          closable={{ onClose: () => setVerdict(null) }}
          style={{ marginBottom: 12 }}
          type={'error' in verdict || !verdict.intact ? 'error' : 'success'}
          title={
            'error' in verdict
              ? verdict.error
              : verdict.intact
                ? t.intactShort
                : t.broken(verdict.firstBrokenId ?? 0)
          }
        />
      )}
      <AuditFilters
        filters={list.filters}
        setFilters={list.setFilters}
        reset={list.resetFilters}
        isPhone={isPhone}
      />
      {isPhone ? (
        <AuditCards list={list} onOpen={setOpen} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<AuditRow>
            {...list.tableProps}
            columns={columns}
            size="middle"
            scroll={{ x: 1000 }}
            onRow={(r) => ({ onDoubleClick: () => setOpen(r) })}
            locale={{ emptyText: <Empty description={zh.users.empty.audit} /> }}
          />
        </Card>
      )}
      <AuditDetailDrawer row={open} onClose={() => setOpen(null)} isPhone={isPhone} />
    </div>
  );
}
