import { Card, Empty, Flex, Pagination, Spin, type TablePaginationConfig, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Account } from '../../../../common/users.js';
import type { useListQuery } from '../../components/useListQuery.js';
import { bindingOf, RoleTags, StatusTags } from './AccountTags.js';

/** The phone form of the account list: one card per account, paged like the table. */
export default function AccountCards({
  list,
  emptyText,
  renderExtra,
  onPick,
  selectedId,
}: {
  list: ReturnType<typeof useListQuery<Account>>;
  emptyText: string;
  renderExtra?: (a: Account) => ReactNode;
  onPick?: (a: Account) => void;
  selectedId?: number;
}) {
  const { dataSource, pagination, loading } = list.tableProps;
  const change = list.tableProps.onChange as (p: TablePaginationConfig, f: object, s: object) => void;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8}>
        {dataSource.length === 0 && !loading ? (
          <Empty description={emptyText} />
        ) : (
          dataSource.map((a) => (
            <Card
              key={a.id}
              size="small"
              hoverable={!!onPick}
              onClick={onPick ? () => onPick(a) : undefined}
              style={a.id === selectedId ? { borderColor: '#cf1322' } : undefined}
              title={`${a.displayName}（${a.username}）`}
              actions={renderExtra ? [<div key="actions">{renderExtra(a)}</div>] : undefined}
            >
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">{bindingOf(a)}</Typography.Text>
                <RoleTags roles={a.roles} />
                <StatusTags account={a} />
              </Flex>
            </Card>
          ))
        )}
        {(pagination.total ?? 0) > 0 && (
          <Pagination
            size="small"
            align="center"
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            showTotal={pagination.showTotal}
            onChange={(current, pageSize) => change({ current, pageSize }, {}, {})}
          />
        )}
      </Flex>
    </Spin>
  );
}
