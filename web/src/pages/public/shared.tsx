import { useQuery } from '@tanstack/react-query';
import { Button, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { zh } from '../../locale.js';

export const site = zh.publications.site;

/** Which committee's site: ?tenant=N in the address, else the server's default. */
export function tenantQuery(): { tenant?: string } {
  const tenant = new URLSearchParams(window.location.search).get('tenant');
  return tenant && /^\d+$/.test(tenant) ? { tenant } : {};
}

export function withTenant(path: string) {
  const { tenant } = tenantQuery();
  return tenant ? `${path}?tenant=${tenant}` : path;
}

export function usePublic<T>(url: string, query: Record<string, string | number> = {}) {
  const params = { ...tenantQuery(), ...query };
  return useQuery({
    queryKey: ['public', url, params],
    queryFn: () => api.get<T>(url, params),
    retry: false,
  });
}

/** The 机关党建网站 frame: the committee's name as a red masthead, content, a plain footer. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const info = usePublic<{ committee: string }>('/api/public/site');
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header style={{ background: '#b60000', color: '#fff', padding: '16px 24px' }}>
        <div
          style={{
            maxWidth: 1100,
            margin: '0 auto',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 12,
            flexWrap: 'wrap',
          }}
        >
          <Link to={withTenant('/public')} style={{ color: '#fff' }}>
            <Typography.Title level={3} style={{ color: '#fff', margin: 0 }}>
              {site.title(info.data?.committee ?? zh.appTitle)}
            </Typography.Title>
          </Link>
          <Link to="/login">
            <Button ghost size="small">
              {site.login}
            </Button>
          </Link>
        </div>
      </header>
      <main style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>{children}</main>
      <footer style={{ textAlign: 'center', color: '#888', padding: 16 }}>{site.footer}</footer>
    </Layout>
  );
}
