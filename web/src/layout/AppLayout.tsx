import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../common/auth.js';
import { api } from '../api.js';
import { canDo } from '../auth.js';
import { MODULES } from '../modules.js';
import { shellZh as zh } from '../shell-locale.js';
import PageLoading from './PageLoading.js';

function visibleModules(me: Me) {
  return MODULES.map((mod) => ({
    ...mod,
    pages: mod.pages.filter((p) => !p.action || canDo(me, p.action)),
  })).filter((mod) => mod.pages.length > 0);
}

function menuItems(me: Me) {
  return visibleModules(me).map((mod) =>
    mod.pages.length === 1
      ? { key: mod.pages[0].path, icon: mod.icon, label: <Link to={mod.pages[0].path}>{mod.label}</Link> }
      : {
          key: mod.key,
          icon: mod.icon,
          label: mod.label,
          children: mod.pages.map((p) => ({ key: p.path, label: <Link to={p.path}>{p.label}</Link> })),
        },
  );
}

/** The path of the menu entry that owns the current location (longest matching prefix). */
function selectedKey(pathname: string, me: Me) {
  const paths = visibleModules(me).flatMap((mod) => mod.pages.map((p) => p.path));
  return (
    paths
      .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? '/'
  );
}

export default function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const logout = async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    client.clear();
    navigate('/login');
  };
  const selected = selectedKey(location.pathname, me);
  // The submenu holding the current page is open, so a page loaded directly shows where it is.
  const owner = visibleModules(me).find(
    (mod) => mod.pages.length > 1 && mod.pages.some((p) => p.path === selected),
  );
  const [openKeys, setOpenKeys] = useState<string[]>(owner ? [owner.key] : []);
  const ownerKey = owner?.key;
  useEffect(() => {
    if (ownerKey) setOpenKeys((keys) => (keys.includes(ownerKey) ? keys : [...keys, ownerKey]));
  }, [ownerKey]);
  const menu = (
    <Menu
      mode="inline"
      theme="dark"
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      selectedKeys={[selected]}
      items={menuItems(me)}
      onClick={() => setDrawerOpen(false)}
    />
  );
  const brand = (
    <div style={{ color: '#fff', padding: '14px 20px' }}>
      <div style={{ fontSize: 20, fontWeight: 700, color: '#ffd666', letterSpacing: 4 }}>{zh.appName}</div>
      <div
        style={{
          fontSize: 12,
          opacity: 0.75,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {me.tenant.shortName}
      </div>
    </div>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isPhone ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={240}
          styles={{ body: { padding: 0, background: '#001529' } }}
          title={null}
          closable={false}
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          {brand}
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: isPhone ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {isPhone && (
            <Button
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
              aria-label={zh.web.layout.menu}
            />
          )}
          <Typography.Text strong style={{ flex: 1, fontSize: isPhone ? 15 : 16 }} ellipsis>
            {isPhone ? me.tenant.shortName : zh.appTitle}
          </Typography.Text>
          <Dropdown
            menu={{
              items: [
                {
                  key: 'password',
                  label: <Link to="/account/password">{zh.web.layout.changePassword}</Link>,
                },
                { key: 'logout', icon: <LogoutOutlined />, label: zh.web.layout.logout, onClick: logout },
              ],
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <UserOutlined />
              {!isPhone && <span>{me.displayName}</span>}
              {!isPhone && (
                <Typography.Text type="secondary">
                  {me.roles.map((r) => zh.roles[r] ?? r).join('、')}
                </Typography.Text>
              )}
            </Space>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24 }}>
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
