import { Descriptions, Drawer, Tag, Typography } from 'antd';
import { zh } from '../../locale.js';
import { shanghaiTime } from '../system/shared.js';
import { type AuditRow, actionName, objectOf, prettyDetail, resultColor, rolesOf, t } from './shared.js';

/** One audit row in full, with its JSON detail pretty-printed. */
export default function AuditDetailDrawer({
  row,
  onClose,
  isPhone,
}: {
  row: AuditRow | null;
  onClose: () => void;
  isPhone: boolean;
}) {
  const detail = prettyDetail(row?.detail ?? null);
  return (
    <Drawer open={row !== null} onClose={onClose} title={t.detailTitle} size={isPhone ? '100%' : 560}>
      {row && (
        <>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 96 } }}>
            <Descriptions.Item label={zh.fieldLabels.id}>{row.id}</Descriptions.Item>
            <Descriptions.Item label={t.at}>{shanghaiTime(row.at)}</Descriptions.Item>
            <Descriptions.Item label={t.actor}>
              {row.actorName ?? '—'}
              {row.actorId !== null && ` （#${row.actorId}）`}
            </Descriptions.Item>
            <Descriptions.Item label={t.role}>{rolesOf(row.actorRole) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t.action}>
              {actionName(row.action)} <Typography.Text code>{row.action}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t.object}>{objectOf(row)}</Descriptions.Item>
            <Descriptions.Item label={t.result}>
              <Tag color={resultColor[row.result]}>{zh.audit.results[row.result] ?? row.result}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t.ip}>{row.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t.userAgent}>
              <Typography.Text style={{ wordBreak: 'break-all' }}>{row.userAgent ?? '—'}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t.detail}
          </Typography.Title>
          {detail ? (
            <pre
              data-testid="audit-detail-json"
              style={{
                background: '#fafafa',
                border: '1px solid #f0f0f0',
                padding: 12,
                borderRadius: 6,
                fontSize: 12,
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
              }}
            >
              {detail}
            </pre>
          ) : (
            <Typography.Text type="secondary">{t.noDetail}</Typography.Text>
          )}
        </>
      )}
    </Drawer>
  );
}
