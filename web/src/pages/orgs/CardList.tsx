import { Empty, Flex, Pagination, Spin, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';

interface ListTableProps<T> {
  loading: boolean;
  dataSource: T[];
  pagination: TablePaginationConfig;
  onChange?: unknown;
}

/**
 * The phone form of a server-paged list: one compact card per row, paged like the table it
 * replaces (same URL-synced page, size and sort from useListQuery's tableProps).
 */
export default function CardList<T extends { id: number }>({
  tableProps,
  sort,
  renderItem,
  emptyText,
}: {
  tableProps: ListTableProps<T>;
  /** The current sort, kept when the page changes. */
  sort?: { field?: string; order?: string };
  renderItem: (item: T) => ReactNode;
  emptyText: string;
}) {
  const { pagination, dataSource } = tableProps;
  const change = tableProps.onChange as
    | ((p: TablePaginationConfig, f: object, s: object) => void)
    | undefined;
  const sorter = sort?.field
    ? { field: sort.field, order: sort.order === 'desc' ? 'descend' : 'ascend' }
    : {};
  return (
    <Spin spinning={tableProps.loading}>
      <Flex vertical gap={8}>
        {dataSource.length === 0 && !tableProps.loading ? (
          <Empty description={emptyText} />
        ) : (
          dataSource.map((item) => <div key={item.id}>{renderItem(item)}</div>)
        )}
        {(pagination.total ?? 0) > 0 && (
          <Pagination
            size="small"
            align="center"
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            showTotal={pagination.showTotal}
            onChange={(current, pageSize) => change?.({ current, pageSize }, {}, sorter)}
          />
        )}
      </Flex>
    </Spin>
  );
}
