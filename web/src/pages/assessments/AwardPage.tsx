import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Popconfirm, Result, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Award } from '../../../../common/assessments.js';
import { api, download } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import NominationModal from './NominationModal.js';
import ObjectionsCard from './ObjectionsCard.js';
import { A, fmtDate, statusColor, useIsPhone, W } from './shared.js';

/** One award: the nominated list by category → leader decision → 公示 with objections → final list, exported to Word. */
export default function AwardPage() {
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const isPhone = useIsPhone();
  const award = useQuery({
    queryKey: ['assessment-award', id],
    queryFn: () => api.get<Award>(`/api/assessments/awards/${id}`),
  });
  if (award.isLoading) return <Spin />;
  const a = award.data;
  if (!a) return <Result status="404" title={(award.error as Error)?.message} />;
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await award.refetch();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const canManage = canDo(me, 'assessments.manage');
  const editable = canManage && (a.status === 'nominated' || a.status === 'rejected');
  const withdraw = () =>
    run(() =>
      api.post(`/api/assessments/awards/${id}/withdraw`, { version: a.version, reason: reason || null }),
    );
  const decide = (decision: 'approve' | 'reject') =>
    run(() =>
      api.post(`/api/assessments/awards/${id}/decision`, {
        version: a.version,
        decision,
        note: note || null,
      }),
    );
  return (
    <Card
      title={
        <Space wrap>
          <Link to={`/assessments/schemes/${a.schemeId}?tab=awards`}>
            <ArrowLeftOutlined />
          </Link>
          {a.title}
          <Tag color={statusColor[a.status]}>{A.awardStatuses[a.status]}</Tag>
        </Space>
      }
      extra={
        (a.status === 'publicity' || a.status === 'final') && (
          <Button onClick={() => run(() => download(`/api/assessments/awards/${id}/export`))}>
            {W.exportDocx}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={W.schemes}>{a.schemeName}</Descriptions.Item>
        <Descriptions.Item label="每类名额">前{a.topN}名</Descriptions.Item>
        <Descriptions.Item label={W.publicity}>
          {a.publicityStart
            ? `${fmtDate(a.publicityStart)} 至 ${fmtDate(a.publicityEnd)}`
            : `${a.publicityDays}天（审批同意后开始）`}
        </Descriptions.Item>
        {a.decisionNote && <Descriptions.Item label={W.decisionNote}>{a.decisionNote}</Descriptions.Item>}
      </Descriptions>
      {editable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type={a.status === 'rejected' ? 'primary' : 'default'} onClick={() => setEditing(true)}>
            {a.status === 'rejected' ? W.renominate : W.editNomination}
          </Button>
          <Popconfirm
            title={W.withdrawConfirm}
            description={
              <Input
                placeholder={W.withdrawReason}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={500}
              />
            }
            onConfirm={withdraw}
          >
            <Button danger>{W.withdrawNomination}</Button>
          </Popconfirm>
        </Space>
      )}
      {editing && (
        <NominationModal
          award={a}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            award.refetch();
          }}
        />
      )}
      {a.status === 'nominated' && canDo(me, 'assessments.approve') && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Input
            placeholder={W.decisionNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: 260 }}
          />
          <Button type="primary" onClick={() => decide('approve')}>
            {W.approve}
          </Button>
          <Button danger onClick={() => decide('reject')}>
            {W.reject}
          </Button>
        </Space>
      )}
      <Table
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={a.entries}
        columns={[
          {
            title: W.category,
            dataIndex: 'category',
            width: 140,
            responsive: ['md'],
            render: (c) => <Tag>{c}</Tag>,
          },
          { title: W.rank, dataIndex: 'rank', width: 60 },
          {
            title: W.unit,
            dataIndex: 'unitName',
            render: (v, e) => (
              <span>
                {e.withdrawn ? <s>{v}</s> : v}{' '}
                {e.withdrawn && (
                  <Tag color="red" title={e.withdrawnReason ?? ''}>
                    {W.withdrawn}
                  </Tag>
                )}
                {isPhone && <div style={{ color: '#888', fontSize: 12 }}>{e.category}</div>}
              </span>
            ),
          },
          { title: W.total, dataIndex: 'total', width: 90, align: 'right', render: (v) => v.toFixed(2) },
        ]}
      />
      {canManage && (a.status === 'publicity' || a.status === 'final') && (
        <ObjectionsCard award={a} onChanged={() => award.refetch()} />
      )}
      {canManage && a.status === 'publicity' && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          onClick={() =>
            run(() => api.post(`/api/assessments/awards/${id}/finalise`, { version: a.version }))
          }
        >
          {W.finalise}
        </Button>
      )}
    </Card>
  );
}
