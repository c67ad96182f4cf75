import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { MechanismDetail } from '../../../../common/mechanisms.js';
import type { Matrix } from '../../../../common/tasks.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { d, fl, ui } from '../documents/shared.js';
import HeatMatrix, { adoptionStyles } from '../tasks/HeatMatrix.js';
import AdoptionSheet from './AdoptionSheet.js';
import ReviewQueue from './ReviewQueue.js';

/** One mechanism: its elements, the unit × element rollout heat map, the review queue, a unit's own sheet. */
export default function MechanismDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const manager = canDo(me, 'mechanisms.manage');
  const reporter = canDo(me, 'mechanisms.report') && me?.unit;
  const [tab, setTab] = useState(reporter ? 'sheet' : 'matrix');
  const { data: m } = useQuery({
    queryKey: ['/api/mechanisms', id],
    queryFn: () => api.get<MechanismDetail>(`/api/mechanisms/${id}`),
  });
  const matrix = useQuery({
    queryKey: ['/api/mechanisms', id, 'matrix'],
    queryFn: () => api.get<Matrix>(`/api/mechanisms/${id}/matrix`),
    enabled: tab === 'matrix',
  });
  if (!m) return <Card loading />;
  const groups = [...new Set(m.elements.map((e) => e.groupName))];
  const tabs = [
    ...(reporter ? [{ value: 'sheet', label: ui.adoptionSheet }] : []),
    { value: 'matrix', label: ui.rollout },
    ...(manager ? [{ value: 'review', label: ui.reviewAdoptions }] : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={m.name}
        extra={manager && <Button onClick={() => navigate(`/excellence/${id}/edit`)}>{ui.edit}</Button>}
      >
        <Descriptions size="small" column={1}>
          {m.description && <Descriptions.Item label={fl.description}>{m.description}</Descriptions.Item>}
          {!reporter && (
            <Descriptions.Item label={ui.units}>{ui.unitCount(m.unitCount, m.pilotCount)}</Descriptions.Item>
          )}
          {groups.map((g) => (
            <Descriptions.Item key={g} label={g}>
              <Space wrap size={[4, 4]}>
                {m.elements
                  .filter((e) => e.groupName === g)
                  .map((e) => (
                    <Tag key={e.id}>{e.name}</Tag>
                  ))}
              </Space>
            </Descriptions.Item>
          ))}
          {!reporter && (
            <Descriptions.Item label={ui.pilots}>
              <Space wrap size={[4, 4]}>
                {m.units
                  .filter((u) => u.isPilot)
                  .map((u) => (
                    <Tag color="red" key={u.unitId}>
                      {u.unitName}
                    </Tag>
                  ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card>
        <Segmented
          options={tabs}
          value={tab}
          onChange={(v) => setTab(String(v))}
          style={{ marginBottom: 16 }}
        />
        {tab === 'sheet' && reporter && me?.unit && <AdoptionSheet mechanism={m} unitId={me.unit.id} />}
        {tab === 'matrix' &&
          (matrix.data ? (
            <HeatMatrix
              matrix={matrix.data}
              styles={adoptionStyles(d.adoptionCells)}
              linkOf={() => null}
              hint={ui.laggardsHint}
            />
          ) : (
            <Card loading bordered={false} />
          ))}
        {tab === 'review' && <ReviewQueue mechanism={m} />}
      </Card>
    </Space>
  );
}
