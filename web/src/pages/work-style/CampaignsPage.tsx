import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Steps, Table, Tag, Typography } from 'antd';
import { PHASES, type Review, type Team } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import { useCampaigns, w, ws } from './shared.js';

/** 活动部署: each campaign with its phases, documents, research teams and review meetings. */
export default function CampaignsPage() {
  const campaigns = useCampaigns();
  const teams = useQuery({
    queryKey: ['/api/work-style/teams'],
    queryFn: () => api.get<Team[]>('/api/work-style/teams'),
  });
  const reviews = useQuery({
    queryKey: ['/api/work-style/reviews'],
    queryFn: () => api.get<Review[]>('/api/work-style/reviews'),
  });
  const items = campaigns.data?.items ?? [];
  return (
    <div>
      <Typography.Title level={4}>{w.campaignsTitle}</Typography.Title>
      {!campaigns.isLoading && items.length === 0 && <Empty description={w.emptyCampaigns} />}
      {items.map((c) => (
        <Card key={c.id} title={c.name} extra={`${c.startOn} ~ ${c.endOn}`} style={{ marginBottom: 16 }}>
          <Steps
            size="small"
            responsive
            current={c.currentPhase ? PHASES.indexOf(c.currentPhase) : c.phases.length}
            items={PHASES.map((key) => {
              const p = c.phases.find((x) => x.key === key);
              return { title: ws.phases[key], content: p ? `${p.startOn} ~ ${p.endOn}` : w.none };
            })}
          />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} md={12}>
              <Typography.Text strong>{w.documentsTitle}</Typography.Text>
              <List
                size="small"
                dataSource={c.documents}
                renderItem={(d) => (
                  <List.Item>{`《${d.title}》${d.docNumber ? `（${d.docNumber}）` : ''}`}</List.Item>
                )}
              />
              <Typography.Text type="secondary">{w.scopeCount(c.scopeUnitIds.length)}</Typography.Text>
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text strong>{w.teamsTitle}</Typography.Text>
              <Table<Team>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={(teams.data ?? []).filter((t) => t.campaignId === c.id)}
                columns={[
                  { title: '名称', dataIndex: 'name' },
                  { title: '组长', dataIndex: 'leaderName' },
                  { title: '组员', render: (_, t) => t.memberNames.join('、') },
                  { title: '走访', render: (_, t) => w.visitCount(t.visitCount) },
                ]}
              />
            </Col>
          </Row>
          {(reviews.data ?? [])
            .filter((r) => r.campaignId === c.id)
            .map((r) => (
              <Card
                key={r.id}
                size="small"
                type="inner"
                title={`${w.reviewsTitle}：${r.title}`}
                extra={r.heldOn}
                style={{ marginTop: 12 }}
              >
                <div>{`主持（点评）：${r.chair}`}</div>
                <Tag color="green">{`${w.praised} ${r.praisedUnitIds.length}`}</Tag>
                <Tag color="red">{`${w.criticised} ${r.criticisedUnitIds.length}`}</Tag>
                {r.remarks && <Typography.Paragraph>{r.remarks}</Typography.Paragraph>}
              </Card>
            ))}
        </Card>
      ))}
    </div>
  );
}
