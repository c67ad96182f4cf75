import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Form, Input, InputNumber, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Indicator, SchemeDetail, ScoreCell } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fmtDate, sourceLink, useIsPhone, W } from './shared.js';

interface Change {
  id: number;
  indicatorId: number;
  oldValue: number | null;
  newValue: number;
  kind: string;
  reason: string | null;
  changedByName: string | null;
  changedAt: string;
}

/** Scores one unit on the user's indicators; pre-filled values show their source records and need a reason to change. */
export default function ScoreDrawer({
  scheme,
  unit,
  leaves,
  scores,
  onClose,
}: {
  scheme: SchemeDetail;
  unit: SchemeDetail['units'][number];
  leaves: Indicator[];
  scores: ScoreCell[];
  onClose: () => void;
}) {
  const isPhone = useIsPhone();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const cell = (id: number) => scores.find((s) => s.indicatorId === id);
  const history = useQuery({
    queryKey: ['assessment-history', scheme.id, unit.unitId],
    queryFn: () =>
      api.get<Change[]>(`/api/assessments/schemes/${scheme.id}/scores/history`, { unitId: unit.unitId }),
  });
  const initial = Object.fromEntries(
    leaves.flatMap((l) => [
      [`v${l.id}`, cell(l.id)?.value],
      [`r${l.id}`, cell(l.id)?.reason ?? ''],
    ]),
  );
  const { submit, busy } = useFormSubmit<Record<string, number | string | null>>(form, async (v) => {
    const items = leaves
      .filter((l) => v[`v${l.id}`] !== undefined && v[`v${l.id}`] !== null)
      .map((l) => ({
        indicatorId: l.id,
        value: Number(v[`v${l.id}`]),
        reason: (v[`r${l.id}`] as string) || null,
        version: cell(l.id)?.version ?? null,
      }));
    if (!items.length) return onClose();
    await api.post(`/api/assessments/schemes/${scheme.id}/scores`, { unitId: unit.unitId, items });
    await client.invalidateQueries({ queryKey: ['assessment-scores', scheme.id] });
    onClose();
  });
  const name = (id: number) => leaves.find((l) => l.id === id)?.name ?? '';
  return (
    <Drawer
      open
      title={`${W.scoreUnit}：${unit.name}`}
      size={isPhone ? '100%' : 560}
      onClose={onClose}
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          保存
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {leaves.map((l) => {
          const c = cell(l.id);
          const deduct = l.method === 'deduct';
          return (
            <div key={l.id} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
              <Form.Item
                name={`v${l.id}`}
                label={`${l.name}（${deduct ? `${W.occurrences}，${W.perOccurrence(l.deductionPer ?? 0, l.deductionCap)}` : `满分${l.maxPoints}`}）`}
                extra={l.ruleText}
              >
                <InputNumber
                  min={0}
                  max={deduct ? 1000 : l.maxPoints}
                  precision={deduct ? 0 : 1}
                  style={{ width: 160 }}
                  addonAfter={deduct ? '次' : '分'}
                />
              </Form.Item>
              {c?.prefilledValue != null && (
                <div style={{ marginTop: -12, marginBottom: 8 }}>
                  <Tag color="blue">{W.prefilledValue(c.prefilledValue)}</Tag>
                  {c.sources.map((s) => {
                    const href = sourceLink(s.type, s.id);
                    return (
                      <div key={`${s.type}${s.id}`} style={{ fontSize: 12 }}>
                        {href ? <Link to={href}>{s.label}</Link> : s.label}
                      </div>
                    );
                  })}
                </div>
              )}
              {(c?.prefilledValue != null || c) && (
                <Form.Item name={`r${l.id}`} label="理由" rules={[{ max: 500 }]}>
                  <Input placeholder={c?.prefilledValue != null ? W.reasonPlaceholder : ''} />
                </Form.Item>
              )}
            </div>
          );
        })}
      </Form>
      <Typography.Title level={5}>{W.history}</Typography.Title>
      <List
        size="small"
        dataSource={history.data ?? []}
        locale={{ emptyText: W.noHistory }}
        renderItem={(h) => (
          <List.Item>
            <Typography.Text style={{ fontSize: 12 }}>
              {fmtDate(h.changedAt)} {h.changedByName} · {name(h.indicatorId)}：{h.oldValue ?? '—'} →{' '}
              {h.newValue}（{W.changeKinds[h.kind] ?? h.kind}）{h.reason ? `，${h.reason}` : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
