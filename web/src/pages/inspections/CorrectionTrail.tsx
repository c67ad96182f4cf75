import { List, Typography } from 'antd';
import type { SessionDetail } from '../../../../common/inspections.js';
import { beijing, f, t, w } from './shared.js';

type Correction = SessionDetail['corrections'][number];

const show = (field: string, value: string) =>
  field === 'grade' ? (t.grades[value] ?? value) : value || '—';

/**
 * 更正记录: who corrected what, when, why, old → new. One block per correction (the record sits
 * in a half-width column on a PC and full width on a phone; a wide table would squeeze the texts).
 */
export default function CorrectionTrail({ corrections }: { corrections: Correction[] }) {
  return (
    <List
      size="small"
      bordered
      dataSource={corrections}
      renderItem={(c) => (
        <List.Item style={{ display: 'block' }}>
          <Typography.Text strong>{t.correctionFields[c.field] ?? c.field}</Typography.Text>
          <Typography.Text type="secondary">
            {' '}
            · {w.correctedAt} {beijing(c.correctedAt, true)} · {w.correctedBy} {c.correctedByName}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-wrap' }}>
            {w.oldValue}：{show(c.field, c.oldValue)}
          </div>
          <div style={{ whiteSpace: 'pre-wrap' }}>
            {f.newValue}：{show(c.field, c.newValue)}
          </div>
          <Typography.Text type="secondary">
            {w.correctReason}：{c.reason}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
