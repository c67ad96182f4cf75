import { Card, Empty, Flex, Pagination, Spin, type TablePaginationConfig, Tag, Typography } from 'antd';
import type { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import { shanghaiTime } from '../system/shared.js';
import { type AuditRow, actionName, objectOf, resultColor } from './shared.js';

/** The phone form of the audit log: one tappable card per row. */
export default function AuditCards({
  list,
  onOpen,
}: {
  list: ReturnType<typeof useListQuery<AuditRow>>;
  onOpen: (row: AuditRow) => void;
}) {
  const { dataSource, pagination, loading } = list.tableProps;
  const change = list.tableProps.onChange as (p: TablePaginationConfig, f: object, s: object) => void;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8}>
        {dataSource.length === 0 && !loading ? (
          <Empty description={zh.users.empty.audit} />
        ) : (
          dataSource.map((r) => (
            <Card key={r.id} size="small" hoverable onClick={() => onOpen(r)}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{actionName(r.action)}</Typography.Text>
                <Tag color={resultColor[r.result]}>{zh.audit.results[r.result] ?? r.result}</Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {shanghaiTime(r.at)} · {r.actorName ?? '—'}
                {r.objectType ? ` · ${objectOf(r)}` : ''}
              </Typography.Text>
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
