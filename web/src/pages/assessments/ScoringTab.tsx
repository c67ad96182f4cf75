import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator, SchemeDetail, ScoreCell } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import ScoreDrawer from './ScoreDrawer.js';
import { useIsPhone, W } from './shared.js';

/** The leaves the user scores: level-2 indicators (or childless level-1) of the user's bodies. */
export function myLeaves(scheme: SchemeDetail): Indicator[] {
  const all = scheme.indicators;
  return all
    .filter((i) => !all.some((c) => c.parentId === i.id))
    .filter((leaf) => {
      const root = leaf.parentId === null ? leaf : all.find((p) => p.id === leaf.parentId);
      return root?.bodyId != null && scheme.myBodyIds.includes(root.bodyId);
    });
}

export default function ScoringTab({ scheme }: { scheme: SchemeDetail }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(false);
  const leaves = myLeaves(scheme);
  const scores = useQuery({
    queryKey: ['assessment-scores', scheme.id],
    queryFn: () => api.get<{ items: ScoreCell[] }>(`/api/assessments/schemes/${scheme.id}/scores`),
  });
  const leafIds = new Set(leaves.map((l) => l.id));
  const doneOf = (u: number) =>
    (scores.data?.items ?? []).filter((s) => s.unitId === u && leafIds.has(s.indicatorId)).length;
  const bodies = scheme.bodies.filter((b) => scheme.myBodyIds.includes(b.id)).map((b) => b.name);
  const prefill = async () => {
    setBusy(true);
    try {
      const r = await api.post<{ filled: number }>(
        `/api/assessments/schemes/${scheme.id}/scores/prefill`,
        {},
      );
      message.success(`已根据记录预填${r.filled}项分数`);
      await client.invalidateQueries({ queryKey: ['assessment-scores', scheme.id] });
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (scheme.status === 'draft') return <Alert type="info" showIcon title={W.draftHint} />;
  if (!scheme.myBodyIds.length) return <Alert type="info" showIcon title={W.notMember} />;
  const rows = scheme.units.filter((u) => !q || u.name.includes(q));
  return (
    <>
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Text>{W.myBodies(bodies.join('、'))}</Typography.Text>
        <Flex gap={8} wrap>
          <Input.Search allowClear placeholder={W.unit} onSearch={setQ} style={{ width: 200 }} />
          {leaves.some((l) => l.sourceKey) && (
            <Button loading={busy} onClick={prefill} title={W.prefillHint}>
              {W.prefill}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table
        rowKey="unitId"
        size="small"
        loading={scores.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: W.unit, dataIndex: 'name' },
          {
            title: W.category,
            dataIndex: 'category',
            width: 130,
            responsive: ['md'],
            render: (c) => <Tag>{c}</Tag>,
          },
          {
            title: W.scored(0, leaves.length).replace(/\s\d+\/\d+$/, ''),
            width: isPhone ? 56 : 160,
            render: (_, u) => {
              const done = doneOf(u.unitId);
              if (isPhone) return `${done}/${leaves.length}`;
              return (
                <Progress
                  size="small"
                  percent={Math.round((done / Math.max(leaves.length, 1)) * 100)}
                  format={() => `${done}/${leaves.length}`}
                />
              );
            },
          },
          {
            title: '',
            width: 80,
            render: (_, u) => (
              <Button size="small" type="link" onClick={() => setUnitId(u.unitId)}>
                {W.scoreUnit}
              </Button>
            ),
          },
        ]}
      />
      {unitId !== null && (
        <ScoreDrawer
          scheme={scheme}
          unit={scheme.units.find((u) => u.unitId === unitId)!}
          leaves={leaves}
          scores={(scores.data?.items ?? []).filter((s) => s.unitId === unitId)}
          onClose={() => setUnitId(null)}
        />
      )}
    </>
  );
}
