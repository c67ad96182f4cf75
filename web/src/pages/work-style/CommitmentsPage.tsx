import { Table, Tag, Typography } from 'antd';
import type { Commitment } from '../../../../common/commitments.js';
import { useListQuery } from '../../components/useListQuery.js';
import { f, w, ws } from './shared.js';

/** 公开承诺: units' commitments and the result of the latest follow-up check. */
export default function CommitmentsPage() {
  const list = useListQuery<Commitment>('/api/commitments');
  return (
    <div>
      <Typography.Title level={4}>{w.commitmentsTitle}</Typography.Title>
      <Table<Commitment>
        {...list.tableProps}
        size="middle"
        scroll={{ x: 900 }}
        locale={{ emptyText: w.emptyCommitments }}
        columns={[
          { title: f.unitId, dataIndex: 'unitName', width: 200 },
          { title: f.medium, width: 80, render: (_, c) => ws.media[c.medium] },
          { title: f.committedOn, dataIndex: 'committedOn', width: 110 },
          {
            title: '承诺事项',
            render: (_, c) => c.items.map((i, k) => <div key={i}>{`${k + 1}. ${i}`}</div>),
          },
          {
            title: w.checks,
            width: 140,
            render: (_, c) =>
              c.lastCheck ? (
                <Tag color={c.lastCheck.kept === c.lastCheck.total ? 'green' : 'orange'}>
                  {w.keptOf(c.lastCheck.kept, c.lastCheck.total)}
                </Tag>
              ) : (
                <Tag>{w.notChecked}</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
