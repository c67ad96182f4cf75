import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, type Page } from '../../api.js';
import { issueText } from '../publicity/shared.js';
import { PublicFrame, site, tenantQuery, usePublic, withTenant } from './shared.js';

interface NewsSummary {
  id: number;
  title: string;
  summary: string | null;
  hasCover: boolean;
  publishedAt: string;
}
interface BriefingSummary {
  id: number;
  seriesName: string;
  isSupplement: boolean;
  year: number;
  number: number;
  issuedOn: string;
  title: string;
}
interface Commitment {
  unitName: string;
  items: string[];
  medium?: string;
  committedOn?: string;
}

/** The public 机关党建网站 (no login): published news, public briefings, and units' public commitments. */
export default function PublicSitePage() {
  const news = usePublic<Page<NewsSummary>>('/api/public/news', { pageSize: 20 });
  const briefings = usePublic<Page<BriefingSummary>>('/api/public/briefings', { pageSize: 20 });
  // Provided by the 作风建设 module; the section is shown only when that endpoint answers.
  const commitments = useQuery({
    queryKey: ['public', 'commitments', tenantQuery()],
    queryFn: () => api.get<Commitment[]>('/api/public/commitments', tenantQuery()),
    retry: false,
  });
  const commitmentList = Array.isArray(commitments.data)
    ? commitments.data.filter((c) => c && typeof c.unitName === 'string')
    : [];
  return (
    <PublicFrame>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={site.news}>
            {news.error ? (
              <Empty description={site.loadFailed} />
            ) : (
              <List
                loading={news.isLoading}
                dataSource={news.data?.items ?? []}
                locale={{ emptyText: site.noNews }}
                itemLayout="vertical"
                renderItem={(n) => (
                  <List.Item
                    key={n.id}
                    extra={
                      n.hasCover && (
                        <img
                          src={withTenant(`/api/public/news/${n.id}/cover`)}
                          alt=""
                          style={{ width: 160, maxWidth: '35vw', objectFit: 'cover', borderRadius: 4 }}
                        />
                      )
                    }
                  >
                    <List.Item.Meta
                      title={<Link to={withTenant(`/public/news/${n.id}`)}>{n.title}</Link>}
                      description={n.publishedAt.slice(0, 10)}
                    />
                    {n.summary && (
                      <Typography.Paragraph ellipsis={{ rows: 2 }}>{n.summary}</Typography.Paragraph>
                    )}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={site.briefings} style={{ marginBottom: 16 }}>
            <List
              loading={briefings.isLoading}
              dataSource={briefings.data?.items ?? []}
              locale={{ emptyText: site.noBriefings }}
              renderItem={(b) => (
                <List.Item key={b.id}>
                  <List.Item.Meta
                    title={<Link to={withTenant(`/public/briefings/${b.id}`)}>{b.title}</Link>}
                    description={`${b.seriesName} ${issueText({ ...b, totalNumber: null })} · ${b.issuedOn}`}
                  />
                </List.Item>
              )}
            />
          </Card>
          {commitments.isSuccess && (
            <Card title={site.commitments}>
              <List
                dataSource={commitmentList}
                locale={{ emptyText: '—' }}
                pagination={
                  commitmentList.length > 6 ? { pageSize: 6, size: 'small', showSizeChanger: false } : false
                }
                renderItem={(c, i) => (
                  <List.Item key={`${c.unitName}-${i}`}>
                    <List.Item.Meta
                      title={
                        <>
                          {c.unitName} {c.medium && <Tag>{site.media[c.medium] ?? c.medium}</Tag>}
                        </>
                      }
                      description={
                        <>
                          {c.items.map((item) => (
                            <div key={item}>· {item}</div>
                          ))}
                          {c.committedOn && (
                            <Typography.Text type="secondary">
                              {site.committedOn}：{c.committedOn}
                            </Typography.Text>
                          )}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Col>
      </Row>
    </PublicFrame>
  );
}
