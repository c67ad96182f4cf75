import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { type Account, isProtectedFromSysadmin } from '../../../../common/users.js';
import { api } from '../../api.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import AccountCards from './AccountCards.js';
import AccountFilters from './AccountFilters.js';
import AccountFormModal from './AccountFormModal.js';
import { bindingOf, RoleTags, StatusTags } from './AccountTags.js';
import { shanghaiDay, t, useIsPhone } from './shared.js';
import TempPasswordModal from './TempPasswordModal.js';

type Secret = { username: string; temporaryPassword: string };

/** 账户管理 (系统管理员): accounts of the committee — create, edit, disable/enable, reset password. */
export default function AccountsPage() {
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const list = useListQuery<Account>('/api/users');
  const [editing, setEditing] = useState<Account | null | undefined>(undefined);
  const [secret, setSecret] = useState<Secret | null>(null);
  const c = t.columns;

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      await list.refetch();
    }
  };
  const toggle = (a: Account) =>
    act(
      () => api.post(`/api/users/${a.id}/${a.disabled ? 'enable' : 'disable'}`, { version: a.version }),
      a.disabled ? t.done.enabled : t.done.disabled,
    );
  const reset = (a: Account) =>
    act(async () => {
      setSecret(await api.post<Secret>(`/api/users/${a.id}/reset-password`, { version: a.version }));
    }, t.done.reset);

  const actions = (a: Account) => (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => setEditing(a)}>
        {t.actions.edit}
      </Button>
      {(a.disabled || !isProtectedFromSysadmin(a.roles)) && (
        <Popconfirm
          title={a.disabled ? t.actions.confirmEnable : t.actions.confirmDisable}
          onConfirm={() => toggle(a)}
        >
          <Button size="small" type="link" danger={!a.disabled}>
            {a.disabled ? t.actions.enable : t.actions.disable}
          </Button>
        </Popconfirm>
      )}
      {!isProtectedFromSysadmin(a.roles) && (
        <Popconfirm title={t.actions.confirmReset} onConfirm={() => reset(a)}>
          <Button size="small" type="link">
            {t.actions.resetPassword}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  const sorter = (key: string) => ({ sorter: true, sortOrder: list.sortOrderOf(key) });
  const columns: TableColumnsType<Account> = [
    { title: c.username, dataIndex: 'username', key: 'username', width: 150, ...sorter('username') },
    {
      title: c.displayName,
      dataIndex: 'displayName',
      key: 'displayName',
      width: 160,
      ...sorter('displayName'),
    },
    { title: c.roles, key: 'roles', render: (_, a) => <RoleTags roles={a.roles} /> },
    { title: c.binding, key: 'unit', ...sorter('unit'), render: (_, a) => bindingOf(a) },
    { title: c.phone, dataIndex: 'phone', key: 'phone', width: 120, render: (v) => v ?? '—' },
    { title: c.status, key: 'status', width: 150, render: (_, a) => <StatusTags account={a} /> },
    {
      title: c.createdAt,
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 120,
      ...sorter('createdAt'),
      render: (v: string) => shanghaiDay(v),
    },
    {
      title: zh.web.common.actions,
      key: 'actions',
      width: 210,
      fixed: 'right',
      render: (_, a) => actions(a),
    },
  ];

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.page.accounts}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t.actions.create}
        </Button>
      </Flex>
      <AccountFilters
        filters={list.filters}
        setFilters={list.setFilters}
        reset={list.resetFilters}
        isPhone={isPhone}
      />
      {isPhone ? (
        <AccountCards list={list} emptyText={t.empty.accounts} renderExtra={actions} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Account>
            {...list.tableProps}
            columns={columns}
            size="middle"
            scroll={{ x: 1100 }}
            locale={{ emptyText: t.empty.accounts }}
          />
        </Card>
      )}
      <AccountFormModal
        open={editing !== undefined}
        account={editing ?? null}
        onClose={() => setEditing(undefined)}
        onCreated={(result) => {
          setEditing(undefined);
          setSecret(result);
          void list.refetch();
        }}
        onSaved={() => {
          setEditing(undefined);
          void list.refetch();
        }}
      />
      <TempPasswordModal value={secret} onClose={() => setSecret(null)} />
    </div>
  );
}
