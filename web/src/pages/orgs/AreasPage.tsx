import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Area } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { zh } from '../../locale.js';
import AreaFormModal from './AreaFormModal.js';
import { t, useAreas, useIsPhone } from './shared.js';

/** 片区: areas with their 分管领导, 联系部室 and unit counts. */
export default function AreasPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const areas = useAreas();
  const [editing, setEditing] = useState<Area | null | undefined>(undefined);
  const canWrite = canDo(me, 'orgs.write');

  const remove = async (a: Area) => {
    try {
      await api.del(`/api/orgs/areas/${a.id}`);
      message.success(zh.web.common.deleted);
      await areas.refetch();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  const unitsLink = (a: Area) => <Link to={`/orgs?areaId=${a.id}`}>{a.unitCount}</Link>;
  const actions = (a: Area) =>
    canWrite && (
      <Space size={0}>
        <Button size="small" type="link" onClick={() => setEditing(a)}>
          {zh.web.common.edit}
        </Button>
        <Popconfirm
          title={t.areas.deleteConfirm(a.name)}
          description={t.areas.deleteHint(a.unitCount)}
          onConfirm={() => remove(a)}
        >
          <Button size="small" type="link" danger>
            {zh.web.common.delete}
          </Button>
        </Popconfirm>
      </Space>
    );

  const columns: TableColumnsType<Area> = [
    { title: zh.fieldLabels.name, dataIndex: 'name' },
    { title: t.areas.leader, dataIndex: 'leaderName', render: (v) => v ?? t.areas.noLeader },
    { title: t.areas.liaison, dataIndex: 'liaisonDepartmentName', render: (v) => v ?? t.common.none },
    {
      title: t.areas.unitCount,
      key: 'unitCount',
      align: 'right',
      width: 100,
      render: (_, a) => unitsLink(a),
    },
  ];
  if (canWrite)
    columns.push({ title: zh.web.common.actions, key: 'actions', width: 140, render: (_, a) => actions(a) });

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.areas.title}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t.areas.create}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.areas.subtitle}
      </Typography.Paragraph>
      {isPhone ? (
        <Flex vertical gap={8}>
          {areas.isSuccess && areas.data.length === 0 && <Empty description={t.areas.empty} />}
          {(areas.data ?? []).map((a) => (
            <Card key={a.id} size="small" title={a.name} extra={actions(a)}>
              <div>
                {t.areas.leader}：{a.leaderName ?? t.areas.noLeader}
              </div>
              <div>
                {t.areas.liaison}：{a.liaisonDepartmentName ?? t.common.none}
              </div>
              <div>
                {t.areas.unitCount}：{unitsLink(a)}
              </div>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Area>
          rowKey="id"
          loading={areas.isFetching}
          dataSource={areas.data ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: t.areas.empty }}
        />
      )}
      <AreaFormModal
        open={editing !== undefined}
        area={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
