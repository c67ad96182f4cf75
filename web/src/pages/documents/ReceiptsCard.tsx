import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Receipt } from '../../../../common/documents.js';
import { api } from '../../api.js';
import { d, ui } from './shared.js';

/** 签收情况: who opened the document and when; unread units first so the committee can chase them. */
export default function ReceiptsCard({ documentId }: { documentId: number }) {
  const { data = [], isLoading } = useQuery({
    queryKey: ['/api/documents', documentId, 'receipts'],
    queryFn: () => api.get<Receipt[]>(`/api/documents/${documentId}/receipts`),
  });
  const unread = data.filter((r) => !r.readAt).length;
  return (
    <Card
      size="small"
      title={ui.receipts}
      extra={
        <Typography.Text type={unread ? 'danger' : 'success'}>
          {ui.readStat(data.length - unread, data.length)}
        </Typography.Text>
      }
    >
      <Table<Receipt>
        size="small"
        loading={isLoading}
        rowKey="unitId"
        dataSource={data}
        pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
        columns={[
          { key: 'unit', title: ui.unitCol, dataIndex: 'unitName' },
          {
            key: 'read',
            title: ui.readAt,
            width: 130,
            render: (_v, r) =>
              r.readAt ? (
                <span title={r.readerName ?? ''}>{dayjs(r.readAt).format('MM-DD HH:mm')}</span>
              ) : (
                <Tag color="red">{d.unread}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
