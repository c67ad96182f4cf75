import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { Explanation } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { A, W } from './shared.js';

type Group = Explanation['groups'][number];
type Leaf = Group['leaves'][number];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** A numbered step heading (一、二、…), numbered in the order shown since some steps are optional. */
function StepTitle({ n, children }: { n: number; children: string }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 16 }}>
      {NUMERALS[n]}、{children}
    </Typography.Title>
  );
}

/** How one unit's total was reached, step by step, with the same numbers the ranking uses. */
export default function ExplanationPage() {
  const { id, unitId } = useParams();
  const q = useQuery({
    queryKey: ['assessment-explanation', id, unitId],
    queryFn: () => api.get<Explanation>(`/api/assessments/schemes/${id}/results/${unitId}`),
  });
  if (q.isLoading) return <Spin />;
  const e = q.data;
  if (!e) return <Result status="404" title={(q.error as Error)?.message} />;
  const leafText = (l: Leaf) =>
    l.entered === null
      ? W.notScored
      : l.method === 'deduct'
        ? `${l.maxPoints} − min(${l.entered}次 × ${l.deductionPer}${l.deductionCap !== null ? `，上限${l.deductionCap}` : ''}) = ${l.points}`
        : `${l.points}`;
  return (
    <Card
      title={
        <span>
          <Link to={`/assessments/schemes/${id}?tab=results`}>
            <ArrowLeftOutlined />
          </Link>{' '}
          {W.explain}：{e.unitName}
        </span>
      }
    >
      {e.vetoed && (
        <Alert type="error" showIcon title={`${W.vetoed}：${e.vetoReason}`} style={{ marginBottom: 12 }} />
      )}
      {!e.complete && <Alert type="warning" showIcon title={W.incomplete} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{A.formula}</Typography.Paragraph>
      <StepTitle n={0}>{W.steps.groups}</StepTitle>
      <Table<Group>
        rowKey="indicatorId"
        size="small"
        pagination={false}
        dataSource={e.groups}
        scroll={{ x: 560 }}
        expandable={{
          defaultExpandAllRows: true,
          rowExpandable: (g) => g.leaves.length > 1 || g.leaves[0]?.indicatorId !== g.indicatorId,
          expandedRowRender: (g) => (
            <Table<Leaf>
              rowKey="indicatorId"
              size="small"
              pagination={false}
              dataSource={g.leaves}
              columns={[
                { title: W.level2, dataIndex: 'name' },
                { title: '满分', dataIndex: 'maxPoints', width: 60 },
                { title: W.points, render: (_, l) => leafText(l) },
              ]}
            />
          ),
        }}
        columns={[
          { title: W.level1, dataIndex: 'name' },
          { title: '满分', dataIndex: 'maxPoints', width: 60 },
          { title: '小计', dataIndex: 'sum', width: 70 },
          {
            title: W.points,
            width: 110,
            render: (_, g) => (
              <span>
                {g.points} {g.capped && <Tag color="orange">{W.capped}</Tag>}
              </span>
            ),
          },
        ]}
      />
      <StepTitle n={1}>{W.steps.bodies}</StepTitle>
      <Descriptions size="small" column={1} bordered>
        {e.bodies.map((b) => (
          <Descriptions.Item key={b.bodyId} label={`${b.name}（权重${b.weight}%）`}>
            {b.raw} ÷ {b.full} × 100 = {b.score}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <StepTitle n={2}>{W.steps.part}</StepTitle>
      <Typography.Paragraph>
        {e.bodies.map((b) => `${b.weight}% × ${b.score}`).join(' + ') || '0'} = <b>{e.indicatorPart}</b>
      </Typography.Paragraph>
      {e.ballot && (
        <>
          <StepTitle n={3}>{W.steps.ballot}</StepTitle>
          <Typography.Paragraph>
            {A.ballotLabels.satisfied}
            {e.ballot.satisfied}票×{e.ballot.values.satisfied}，{A.ballotLabels.basic}
            {e.ballot.basic}票×{e.ballot.values.basic}，{A.ballotLabels.unsatisfied}
            {e.ballot.unsatisfied}票×{e.ballot.values.unsatisfied}（{A.ballotLabels.unknown}
            {e.ballot.unknown}票不计）÷ 有效票{e.ballot.valid} = <b>{e.ballot.score ?? W.notScored}</b>
          </Typography.Paragraph>
          <Typography.Paragraph>
            {W.total} = {e.indicatorPart} × {100 - e.ballot.weight}% + {e.ballot.score ?? 0} ×{' '}
            {e.ballot.weight}%
          </Typography.Paragraph>
        </>
      )}
      <StepTitle n={e.ballot ? 4 : 3}>{W.steps.total}</StepTitle>
      <Typography.Paragraph>
        {W.total} <b style={{ fontSize: 18 }}>{e.total.toFixed(2)}</b>，{W.deductionCount} {e.deductionCount}
        ，{e.complete || e.vetoed ? W.rankOf(e.rank, e.categorySize, e.category) : W.notRankedYet}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{A.tieRule}</Typography.Paragraph>
    </Card>
  );
}
