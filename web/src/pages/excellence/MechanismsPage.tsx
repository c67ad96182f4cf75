import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Progress, Row, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { MechanismSummary } from '../../../../common/mechanisms.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import { d, ui } from '../documents/shared.js';

/** 创先争优 / “168”: the configured mechanisms, each with its rollout rate. */
export default function MechanismsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const list = useListQuery<MechanismSummary>('/api/mechanisms');
  const items = list.data?.items ?? [];
  return (
    <Card
      title={d.menu.mechanisms}
      loading={list.isLoading}
      extra={
        canDo(me, 'mechanisms.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/excellence/new')}>
            {ui.newMechanism}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty description={ui.noMechanisms} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((m) => (
            <Col key={m.id} xs={24} md={12} xl={8}>
              <Link to={`/excellence/${m.id}`}>
                <Card hoverable size="small" title={m.name}>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Text type="secondary">{m.description}</Typography.Text>
                    <span>
                      {ui.elementCount(m.elementCount)} · {ui.unitCount(m.unitCount, m.pilotCount)}
                    </span>
                    <span>
                      {ui.rateLabel}
                      <Progress percent={m.rate} status={m.rate < 50 ? 'exception' : 'active'} />
                    </span>
                    {m.pendingReviewCount > 0 && (
                      <Typography.Text type="warning">
                        {ui.todoAdoptionReview(m.pendingReviewCount)}
                      </Typography.Text>
                    )}
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
