import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import AwardsTab from './AwardsTab.js';
import BallotsTab from './BallotsTab.js';
import ResultsTab from './ResultsTab.js';
import SchemeFormModal from './SchemeFormModal.js';
import ScoringTab from './ScoringTab.js';
import SetupTab from './SetupTab.js';
import { A, statusColor, useScheme, W } from './shared.js';

/** One scheme: settings, scoring, ballots, ranking and awards, each on its tab. */
export default function SchemeDetailPage() {
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { data: scheme, isLoading, error } = useScheme(id);
  const [editing, setEditing] = useState(false);
  if (isLoading) return <Spin />;
  if (!scheme) return <Result status="404" title={(error as Error)?.message} />;
  const canManage = canDo(me, 'assessments.manage');
  const canResults = canDo(me, 'assessments.results');
  const canScore = canDo(me, 'assessments.score') && scheme.status !== 'published';
  const refresh = () => client.invalidateQueries({ queryKey: ['assessment', id] });
  const act = async (path: string, body?: unknown, after?: (r: { id: number }) => void) => {
    try {
      const r = await api.post<{ id: number }>(`/api/assessments/schemes/${id}/${path}`, body);
      await refresh();
      after?.(r);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const tabs = [
    { key: 'setup', label: W.tabs.setup, children: <SetupTab scheme={scheme} canManage={canManage} /> },
    canScore && { key: 'scoring', label: W.tabs.scoring, children: <ScoringTab scheme={scheme} /> },
    canManage &&
      scheme.ballotEnabled && {
        key: 'ballots',
        label: W.tabs.ballots,
        children: <BallotsTab scheme={scheme} />,
      },
    canResults && {
      key: 'results',
      label: W.tabs.results,
      children: <ResultsTab scheme={scheme} canManage={canManage} />,
    },
    canResults && {
      key: 'awards',
      label: W.tabs.awards,
      children: <AwardsTab scheme={scheme} canManage={canManage} />,
    },
  ].filter((t) => !!t);
  const active =
    params.get('tab') ?? (scheme.status === 'draft' ? 'setup' : canScore ? 'scoring' : 'results');
  return (
    <Card
      title={
        <Space wrap>
          <Link to="/assessments">
            <ArrowLeftOutlined />
          </Link>
          {scheme.name}
          <Tag color={statusColor[scheme.status]}>{A.statuses[scheme.status]}</Tag>
          {scheme.edition > 1 && <Tag>{W.edition(scheme.edition)}</Tag>}
        </Space>
      }
      extra={
        canManage && (
          <Space wrap>
            {scheme.status === 'draft' && <Button onClick={() => setEditing(true)}>{W.editScheme}</Button>}
            {scheme.status === 'draft' && (
              <Popconfirm title={W.startConfirm} onConfirm={() => act('start', { version: scheme.version })}>
                <Button type="primary">{W.start}</Button>
              </Popconfirm>
            )}
            {scheme.status === 'scoring' && (
              <Popconfirm
                title={W.publishConfirm}
                onConfirm={() => act('publish', { version: scheme.version })}
              >
                <Button type="primary">{W.publish}</Button>
              </Popconfirm>
            )}
            {scheme.status !== 'draft' && (
              <Popconfirm
                title={W.deriveConfirm}
                onConfirm={() => act('derive', undefined, (r) => navigate(`/assessments/schemes/${r.id}`))}
              >
                <Button>{W.derive}</Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="类型">{A.kinds[scheme.kind]}</Descriptions.Item>
        <Descriptions.Item label={W.period}>
          {scheme.periodStart} 至 {scheme.periodEnd}
        </Descriptions.Item>
        <Descriptions.Item label={W.unitCount}>{scheme.unitCount}</Descriptions.Item>
        {scheme.ballotEnabled && (
          <Descriptions.Item label={W.tabs.ballots}>
            {W.ballotValues(scheme.ballotValues, scheme.ballotWeight)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {canManage && (
        <Alert
          type={scheme.status === 'draft' ? 'info' : 'warning'}
          showIcon
          title={scheme.status === 'draft' ? W.draftHint : W.lockedHint}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        activeKey={active}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
      {editing && (
        <SchemeFormModal
          scheme={scheme}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refresh();
          }}
        />
      )}
    </Card>
  );
}
