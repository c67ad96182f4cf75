import { List, Table, Typography } from 'antd';
import type { SessionDetail } from '../../../../common/inspections.js';
import { beijing, f, t, useIsPhone, w } from './shared.js';

type Correction = SessionDetail['corrections'][number];

const show = (field: string, value: string) =>
  field === 'grade' ? (t.grades[value] ?? value) : value || '—';

/** 更正记录: who corrected what, when, why, old → new (a table on a PC, a list of blocks on a phone). */
export default function CorrectionTrail({ corrections }: { corrections: Correction[] }) {
  const isPhone = useIsPhone();
  if (isPhone)
    return (
      <List
        size="small"
        dataSource={corrections}
        renderItem={(c) => (
          <List.Item style={{ display: 'block' }}>
            <Typography.Text strong>{t.correctionFields[c.field] ?? c.field}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {beijing(c.correctedAt, true)} · {c.correctedByName}
            </Typography.Text>
            <div>
              {w.oldValue}：{show(c.field, c.oldValue)}
            </div>
            <div>
              {f.newValue}：{show(c.field, c.newValue)}
            </div>
            <Typography.Text type="secondary">
              {w.correctReason}：{c.reason}
            </Typography.Text>
          </List.Item>
        )}
      />
    );
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 640 }}
      dataSource={corrections}
      columns={[
        { title: w.correctedAt, width: 140, render: (_v, c) => beijing(c.correctedAt, true) },
        { title: w.correctedBy, width: 110, dataIndex: 'correctedByName' },
        { title: f.field, width: 150, render: (_v, c) => t.correctionFields[c.field] ?? c.field },
        { title: w.oldValue, render: (_v, c) => show(c.field, c.oldValue) },
        { title: f.newValue, render: (_v, c) => show(c.field, c.newValue) },
        { title: w.correctReason, dataIndex: 'reason' },
      ]}
    />
  );
}
