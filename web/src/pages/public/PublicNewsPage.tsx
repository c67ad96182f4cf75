import { Button, Card, Result, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import SafeHtml from './SafeHtml.js';
import { PublicFrame, site, usePublic, withTenant } from './shared.js';

interface News {
  id: number;
  title: string;
  summary: string | null;
  bodyHtml: string;
  hasCover: boolean;
  publishedAt: string;
}

/** One published news post; the body was sanitised by the server (a small safe set of tags only). */
export default function PublicNewsPage() {
  const { id } = useParams();
  const q = usePublic<News>(`/api/public/news/${Number(id) || 0}`);
  return (
    <PublicFrame>
      {q.error ? (
        <Result
          status="404"
          title={site.notFound}
          extra={
            <Link to={withTenant('/public')}>
              <Button>{site.back}</Button>
            </Link>
          }
        />
      ) : (
        <Card loading={q.isLoading}>
          {q.data && (
            <article>
              <Typography.Title level={2} style={{ textAlign: 'center' }}>
                {q.data.title}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
                {q.data.publishedAt.slice(0, 10)}
              </Typography.Paragraph>
              {q.data.hasCover && (
                <img
                  src={withTenant(`/api/public/news/${q.data.id}/cover`)}
                  alt=""
                  style={{ display: 'block', maxWidth: '100%', margin: '0 auto 16px' }}
                />
              )}
              <SafeHtml html={q.data.bodyHtml} style={{ fontSize: 16, lineHeight: 1.9 }} />
              <Link to={withTenant('/public')}>{site.back}</Link>
            </article>
          )}
        </Card>
      )}
    </PublicFrame>
  );
}
