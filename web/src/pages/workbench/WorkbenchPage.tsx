import { Card, Col, Empty, Row, Typography } from 'antd';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { canDo, useMe } from '../../auth.js';
import { zh } from '../../locale.js';
import { MODULES } from '../../modules.js';
import { TODO_SOURCES } from './todos.js';

// The to-do chunks start loading with this page's chunk, not after it has rendered.
for (const source of TODO_SOURCES) (source.component as { preload?: () => Promise<unknown> }).preload?.();

/**
 * Each user's workbench: greeting, the to-dos every module contributes (TODO_SOURCES), and
 * shortcuts to the modules the user may open.
 */
export default function WorkbenchPage() {
  const { data: me } = useMe();
  if (!me) return null;
  const t = zh.web.workbench;
  const sources = TODO_SOURCES.filter((s) => !s.action || canDo(me, s.action));
  const shortcuts = MODULES.slice(1).flatMap((mod) =>
    mod.pages
      .filter((p) => !p.action || canDo(me, p.action))
      .slice(0, 1)
      .map((p) => ({ ...p, label: mod.label, icon: mod.icon })),
  );
  return (
    <div>
      <Typography.Title level={4}>{t.greeting(me.displayName)}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {me.tenant.name}
        {me.unit ? ` · ${me.unit.name}` : ''} · {me.roles.map((r) => zh.roles[r] ?? r).join('、')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t.todos}>
            {/* Each source renders nothing when it has no open items; the empty state shows only when none has any. */}
            <style>{'.todo-sources:has(.todo-source > *) + .todo-empty { display: none; }'}</style>
            <div className="todo-sources">
              {sources.map((S) => (
                <div className="todo-source" key={S.key}>
                  <Suspense fallback={null}>
                    <S.component />
                  </Suspense>
                </div>
              ))}
            </div>
            <div className="todo-empty">
              <Empty description={t.noTodos} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t.shortcuts}>
            <Row gutter={[8, 8]}>
              {shortcuts.map((s) => (
                <Col span={12} key={s.path}>
                  <Link to={s.path}>
                    <Card size="small" hoverable styles={{ body: { textAlign: 'center', padding: 12 } }}>
                      <div style={{ fontSize: 20 }}>{s.icon}</div>
                      <div>{s.label}</div>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
