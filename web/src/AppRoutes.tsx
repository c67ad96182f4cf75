import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, Route, Routes, useNavigate } from 'react-router';
import { onUnauthenticated } from './api.js';
import { canDo, useMe } from './auth.js';
import AppLayout from './layout/AppLayout.js';
import PageLoading from './layout/PageLoading.js';
import { MODULES } from './modules.js';
import { shellZh as zh } from './shell-locale.js';

const LoginPage = lazy(() => import('./pages/LoginPage.js'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage.js'));

/** Pages outside the menu (details, forms) that modules register: path → component. */
import { EXTRA_ROUTES } from './extra-routes.js';

function NotFound() {
  return (
    <Result
      status="404"
      title={zh.web.empty.notFound}
      extra={
        <Link to="/">
          <Button>{zh.web.empty.backHome}</Button>
        </Link>
      }
    />
  );
}

function NoAccess() {
  return <Result status="403" title={zh.web.empty.noAccess} />;
}

export default function AppRoutes() {
  const { data: me, isLoading } = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(
    () =>
      onUnauthenticated(() => {
        client.setQueryData(['me'], null);
        navigate('/login');
      }),
    [client, navigate],
  );
  if (isLoading) return <PageLoading />;
  if (!me) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          {EXTRA_ROUTES.filter((r) => r.public).map((r) => (
            <Route key={r.path} path={r.path} element={<r.component />} />
          ))}
          <Route path="*" element={<Navigate to="/login" replace />} />
        </Routes>
      </Suspense>
    );
  }
  if (me.passwordExpired) {
    return (
      <AppLayout me={me}>
        <ChangePasswordPage />
      </AppLayout>
    );
  }
  const pages = MODULES.flatMap((mod) => mod.pages);
  return (
    <AppLayout me={me}>
      <Routes>
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="/account/password" element={<ChangePasswordPage />} />
        {pages.map((p) => (
          <Route
            key={p.path}
            path={p.path}
            element={!p.action || canDo(me, p.action) ? <p.component /> : <NoAccess />}
          />
        ))}
        {EXTRA_ROUTES.map((r) => (
          <Route
            key={r.path}
            path={r.path}
            element={!r.action || canDo(me, r.action) ? <r.component /> : <NoAccess />}
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppLayout>
  );
}
