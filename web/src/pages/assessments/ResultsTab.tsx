import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResultRow, SchemeDetail } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import { A, useIsPhone, W } from './shared.js';

/** Totals and ranks within each category, with vetoes and the per-unit explanation. */
export default function ResultsTab({ scheme, canManage }: { scheme: SchemeDetail; canManage: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const [vetoing, setVetoing] = useState<ResultRow | null>(null);
  const [reason, setReason] = useState('');
  const results = useQuery({
    queryKey: ['assessment-results', scheme.id],
    queryFn: () =>
      api.get<{ categories: { category: string; rows: ResultRow[] }[] }>(
        `/api/assessments/schemes/${scheme.id}/results`,
      ),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['assessment-results', scheme.id] });
  const canVeto = canManage && scheme.status !== 'published';
  const veto = async () => {
    try {
      await api.post(`/api/assessments/schemes/${scheme.id}/vetoes`, { unitId: vetoing?.unitId, reason });
      setVetoing(null);
      setReason('');
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const unveto = async (r: ResultRow) => {
    try {
      await api.del(`/api/assessments/schemes/${scheme.id}/vetoes/${r.unitId}`);
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const all = results.data?.categories ?? [];
  // ?category= (from the overview's category comparison) shows one category's ranking.
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? undefined;
  const cats = category ? all.filter((c) => c.category === category) : all;
  const pickCategory = (value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('category', value);
    else next.delete('category');
    setParams(next, { replace: true });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={A.tieRule} />
      {all.length > 1 && (
        <Select
          allowClear
          aria-label={zh.reports.web.categoryCol}
          placeholder={zh.reports.web.allCategories}
          value={category}
          onChange={pickCategory}
          style={{ width: 200 }}
          options={all.map((c) => ({ value: c.category, label: c.category }))}
        />
      )}
      {!results.isLoading && !cats.length && <Empty description={W.noResults} />}
      {cats.map((c) => (
        <div key={c.category}>
          <Typography.Title level={5}>{c.category}</Typography.Title>
          <Table<ResultRow>
            rowKey="unitId"
            size="small"
            dataSource={c.rows}
            pagination={false}
            scroll={isPhone ? undefined : { x: 640 }}
            columns={[
              { title: W.rank, dataIndex: 'rank', width: 60, render: (r) => r ?? '—' },
              {
                title: W.unit,
                dataIndex: 'unitName',
                render: (v, r) => (
                  <span>
                    <Link to={`/assessments/schemes/${scheme.id}/units/${r.unitId}`}>{v}</Link>{' '}
                    {r.vetoed && (
                      <Tag color="red" title={r.vetoReason ?? ''}>
                        {W.vetoed}
                      </Tag>
                    )}
                    {!r.complete && <Tag color="orange">{W.incomplete}</Tag>}
                  </span>
                ),
              },
              ...(scheme.bodies.length > 1 && !isPhone
                ? scheme.bodies.map((b) => ({
                    title: `${b.name}（${b.weight}%）`,
                    width: 120,
                    align: 'right' as const,
                    render: (_: unknown, r: ResultRow) =>
                      r.bodies.find((x) => x.bodyId === b.id)?.score ?? '—',
                  }))
                : []),
              ...(scheme.ballotEnabled && !isPhone
                ? [
                    {
                      title: W.ballotScore,
                      dataIndex: 'ballotScore',
                      width: 90,
                      align: 'right' as const,
                      render: (v: number | null) => v ?? '—',
                    },
                  ]
                : []),
              {
                title: W.deductionCount,
                dataIndex: 'deductionCount',
                width: 80,
                align: 'right',
                responsive: ['md'],
              },
              {
                title: W.total,
                dataIndex: 'total',
                width: 80,
                align: 'right',
                render: (v) => <b>{v.toFixed(2)}</b>,
              },
              ...(canVeto
                ? [
                    {
                      title: '',
                      width: 90,
                      render: (_: unknown, r: ResultRow) =>
                        r.vetoed ? (
                          <Button size="small" type="link" onClick={() => unveto(r)}>
                            {W.removeVeto}
                          </Button>
                        ) : (
                          <Button size="small" type="link" danger onClick={() => setVetoing(r)}>
                            {W.veto}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      ))}
      {vetoing && (
        <Modal
          open
          title={`${W.veto}：${vetoing.unitName}`}
          onCancel={() => setVetoing(null)}
          onOk={veto}
          okButtonProps={{ disabled: !reason.trim(), danger: true }}
        >
          <Form layout="vertical">
            <Form.Item label={W.vetoReason} required>
              <Input.TextArea
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
