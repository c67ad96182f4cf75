import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, List, Row, Space, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Campaign, PHASES, type Review, type Team } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import CampaignFormDrawer from './CampaignFormDrawer.js';
import ReviewFormDrawer from './ReviewFormDrawer.js';
import { today, useCampaigns, useIsPhone, w, ws } from './shared.js';
import TeamFormDrawer from './TeamFormDrawer.js';

/** The step to highlight: the current phase, or past the last one when the campaign is over. */
function stepOf(c: Campaign) {
  if (c.currentPhase) return PHASES.indexOf(c.currentPhase);
  const now = today();
  if (now > c.endOn) return PHASES.length;
  if (now < c.startOn) return -1;
  return c.phases.filter((p) => p.endOn < now).length;
}

type Editing =
  | { kind: 'campaign'; campaign?: Campaign }
  | { kind: 'team'; campaignId: number; team?: Team }
  | { kind: 'review'; campaignId: number; review?: Review };

/** 活动部署: each campaign with its phases, documents, research teams and review meetings. */
export default function CampaignsPage() {
  const { data: me } = useMe();
  const manage = canDo(me, 'workStyle.manage');
  const isPhone = useIsPhone();
  const campaigns = useCampaigns();
  const teams = useQuery({
    queryKey: ['/api/work-style/teams'],
    queryFn: () => api.get<Team[]>('/api/work-style/teams'),
  });
  const reviews = useQuery({
    queryKey: ['/api/work-style/reviews'],
    queryFn: () => api.get<Review[]>('/api/work-style/reviews'),
  });
  const [editing, setEditing] = useState<Editing | undefined>();
  const close = () => setEditing(undefined);
  const items = campaigns.data?.items ?? [];
  const editButton = (onClick: () => void, label: string = w.edit) =>
    manage && (
      <Button
        size="small"
        type="link"
        icon={label === w.edit ? <EditOutlined /> : <PlusOutlined />}
        onClick={onClick}
      >
        {label}
      </Button>
    );
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {w.campaignsTitle}
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'campaign' })}>
            {w.newCampaign}
          </Button>
        )}
      </Flex>
      {!campaigns.isLoading && items.length === 0 && <Empty description={w.emptyCampaigns} />}
      {items.map((c) => {
        const cTeams = (teams.data ?? []).filter((t) => t.campaignId === c.id);
        const cReviews = (reviews.data ?? []).filter((r) => r.campaignId === c.id);
        return (
          <Card
            key={c.id}
            title={<span style={{ whiteSpace: 'normal' }}>{c.name}</span>}
            extra={
              <Space wrap size={4}>
                {!isPhone && (
                  <Typography.Text type="secondary">{`${c.startOn} ~ ${c.endOn}`}</Typography.Text>
                )}
                {editButton(() => setEditing({ kind: 'campaign', campaign: c }))}
              </Space>
            }
            style={{ marginBottom: 16 }}
          >
            {isPhone && (
              <Typography.Paragraph type="secondary">{`${c.startOn} ~ ${c.endOn}`}</Typography.Paragraph>
            )}
            <Steps
              size="small"
              responsive
              current={stepOf(c)}
              items={PHASES.map((key) => {
                const p = c.phases.find((x) => x.key === key);
                return { title: ws.phases[key], content: p ? `${p.startOn} ~ ${p.endOn}` : w.none };
              })}
            />
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} md={12}>
                <Typography.Text strong>{w.documentsTitle}</Typography.Text>
                {c.documents.length ? (
                  <List
                    size="small"
                    dataSource={c.documents}
                    renderItem={(d) => <List.Item>{w.docRef(d.title, d.docNumber)}</List.Item>}
                  />
                ) : (
                  <div>
                    <Typography.Text type="secondary">{w.noDocuments}</Typography.Text>
                  </div>
                )}
                <Typography.Text type="secondary">{w.scopeCount(c.scopeUnitIds.length)}</Typography.Text>
              </Col>
              <Col xs={24} md={12}>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{w.teamsTitle}</Typography.Text>
                  {editButton(() => setEditing({ kind: 'team', campaignId: c.id }), w.newTeam)}
                </Flex>
                {isPhone ? (
                  <List
                    size="small"
                    dataSource={cTeams}
                    locale={{ emptyText: w.emptyTeams }}
                    renderItem={(t) => (
                      <List.Item
                        extra={editButton(() => setEditing({ kind: 'team', campaignId: c.id, team: t }))}
                      >
                        <div>
                          <Typography.Text strong>{t.name}</Typography.Text>
                          <div>{w.labelled(w.teamLeader, t.leaderName)}</div>
                          <div>{w.labelled(w.teamMembers, w.list(t.memberNames) || w.none)}</div>
                          <Typography.Text type="secondary">
                            {w.labelled(w.teamVisits, t.visitCount)}
                          </Typography.Text>
                        </div>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Table<Team>
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={cTeams}
                    locale={{ emptyText: w.emptyTeams }}
                    columns={[
                      { title: w.teamName, dataIndex: 'name' },
                      { title: w.teamLeader, dataIndex: 'leaderName' },
                      { title: w.teamMembers, render: (_, t) => w.list(t.memberNames) || w.none },
                      { title: w.teamVisits, width: 90, render: (_, t) => t.visitCount },
                      ...(manage
                        ? [
                            {
                              title: w.actions,
                              width: 70,
                              render: (_: unknown, t: Team) =>
                                editButton(() => setEditing({ kind: 'team', campaignId: c.id, team: t })),
                            },
                          ]
                        : []),
                    ]}
                  />
                )}
              </Col>
            </Row>
            <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
              <Typography.Text strong>{w.reviewsTitle}</Typography.Text>
              {editButton(() => setEditing({ kind: 'review', campaignId: c.id }), w.newReview)}
            </Flex>
            {cReviews.length === 0 && <Typography.Text type="secondary">{w.emptyReviews}</Typography.Text>}
            {cReviews.map((r) => (
              <Card
                key={r.id}
                size="small"
                type="inner"
                title={<span style={{ whiteSpace: 'normal' }}>{r.title}</span>}
                extra={
                  <Space size={4}>
                    {r.heldOn}
                    {editButton(() => setEditing({ kind: 'review', campaignId: c.id, review: r }))}
                  </Space>
                }
                style={{ marginTop: 8 }}
              >
                <div>{w.chairLine(r.chair)}</div>
                <Tag color="green">{`${w.praised} ${r.praisedUnitIds.length}`}</Tag>
                <Tag color="red">{`${w.criticised} ${r.criticisedUnitIds.length}`}</Tag>
                {r.remarks && <Typography.Paragraph>{r.remarks}</Typography.Paragraph>}
              </Card>
            ))}
          </Card>
        );
      })}
      <CampaignFormDrawer
        open={editing?.kind === 'campaign'}
        campaign={editing?.kind === 'campaign' ? editing.campaign : undefined}
        onClose={close}
      />
      <TeamFormDrawer
        open={editing?.kind === 'team'}
        campaignId={editing?.kind === 'team' ? editing.campaignId : 0}
        team={editing?.kind === 'team' ? editing.team : undefined}
        onClose={close}
      />
      <ReviewFormDrawer
        open={editing?.kind === 'review'}
        campaignId={editing?.kind === 'review' ? editing.campaignId : 0}
        review={editing?.kind === 'review' ? editing.review : undefined}
        onClose={close}
      />
    </div>
  );
}
