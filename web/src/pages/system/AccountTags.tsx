import { Space, Tag } from 'antd';
import type { Account } from '../../../../common/users.js';
import { roleName, t } from './shared.js';

export function RoleTags({ roles }: { roles: string[] }) {
  if (!roles.length) return <Tag>{t.noRoles}</Tag>;
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r} color={['sysadmin', 'secadmin', 'auditor'].includes(r) ? 'purple' : 'red'}>
          {roleName(r)}
        </Tag>
      ))}
    </Space>
  );
}

export function StatusTags({ account }: { account: Account }) {
  return (
    <Space size={[0, 4]} wrap>
      {account.disabled ? (
        <Tag color="default">{t.status.disabled}</Tag>
      ) : (
        <Tag color="green">{t.status.enabled}</Tag>
      )}
      {account.locked && <Tag color="orange">{t.status.locked}</Tag>}
      {account.mustChangePassword && <Tag color="gold">{t.status.mustChange}</Tag>}
    </Space>
  );
}

export const bindingOf = (a: Account) => a.unitName ?? a.departmentName ?? '—';
