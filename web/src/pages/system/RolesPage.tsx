import { Card, Col, Drawer, Empty, Row, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../common/users.js';
import { useListQuery } from '../../components/useListQuery.js';
import AccountCards from './AccountCards.js';
import AccountFilters from './AccountFilters.js';
import { bindingOf, RoleTags } from './AccountTags.js';
import RoleForm from './RoleForm.js';
import { t, useIsPhone } from './shared.js';

/** 角色授权 (安全管理员): pick an account, grant its roles and binding under the 三权分立 rule. */
export default function RolesPage() {
  const isPhone = useIsPhone();
  const list = useListQuery<Account>('/api/users', { pageSize: 10 });
  const [picked, setPicked] = useState<Account | null>(null);
  // The list's copy once it holds the picked account (a newer version after saving), else the one
  // picked: a refetch without it (another search or page on the way) must not close the open form.
  const fromList = picked ? list.data?.items.find((a) => a.id === picked.id) : undefined;
  const selected = fromList && fromList.version >= (picked?.version ?? 0) ? fromList : picked;
  const selectedId = selected?.id ?? null;
  const c = t.columns;
  const columns: TableColumnsType<Account> = [
    {
      title: c.displayName,
      key: 'displayName',
      render: (_, a) => (
        <div>
          <div>{a.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.username}
          </Typography.Text>
        </div>
      ),
    },
    { title: c.binding, key: 'binding', render: (_, a) => bindingOf(a) },
    { title: c.roles, key: 'roles', render: (_, a) => <RoleTags roles={a.roles} /> },
  ];
  const saved = () => void list.refetch();
  const form = selected && (
    <RoleForm key={`${selected.id}-${selected.version}`} account={selected} onSaved={saved} />
  );

  return (
    <div>
      <Typography.Title level={4}>{t.page.roles}</Typography.Title>
      <AccountFilters
        filters={list.filters}
        setFilters={list.setFilters}
        reset={list.resetFilters}
        isPhone={isPhone}
      />
      {isPhone ? (
        <>
          <AccountCards
            list={list}
            emptyText={t.empty.accounts}
            onPick={setPicked}
            selectedId={selectedId ?? undefined}
          />
          <Drawer open={!!selected} onClose={() => setPicked(null)} title={t.actions.setRoles} size="100%">
            {form}
          </Drawer>
        </>
      ) : (
        <Row gutter={16}>
          <Col span={13}>
            <Card styles={{ body: { padding: 0 } }}>
              <Table<Account>
                {...list.tableProps}
                columns={columns}
                size="small"
                rowClassName={(a) => (a.id === selectedId ? 'ant-table-row-selected' : '')}
                onRow={(a) => ({ onClick: () => setPicked(a), style: { cursor: 'pointer' } })}
                locale={{ emptyText: t.empty.accounts }}
              />
            </Card>
          </Col>
          <Col span={11}>
            <Card title={t.actions.setRoles}>{form ?? <Empty description={t.empty.pickAccount} />}</Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
