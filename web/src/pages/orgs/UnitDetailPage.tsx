import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Unit } from '../../../../common/orgs.js';
import { ApiError, api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { zh } from '../../locale.js';
import type { TreeNode } from './PartyOrgFormDrawer.js';
import PartyOrgTree from './PartyOrgTree.js';
import { canEditUnit, t, useIsPhone } from './shared.js';
import UnitFormDrawer from './UnitFormDrawer.js';

const f = zh.fieldLabels;

/** 单位详情: the unit's facts and its 党组织 tree. */
export default function UnitDetailPage() {
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const [editing, setEditing] = useState(false);
  const unit = useQuery({
    queryKey: ['unit', id],
    queryFn: () => api.get<Unit>(`/api/orgs/units/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
  const tree = useQuery({
    queryKey: ['tree', id],
    queryFn: () => api.get<TreeNode[]>(`/api/orgs/units/${id}/party-orgs/tree`),
    enabled: unit.isSuccess,
  });

  if (unit.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!unit.data) {
    const gone = !(unit.error instanceof ApiError) || unit.error.status === 404;
    return (
      <Result
        status={gone ? '404' : 'error'}
        title={gone ? t.detail.notFound : (unit.error as Error).message}
        extra={
          <Link to="/orgs">
            <Button>{t.detail.backToList}</Button>
          </Link>
        }
      />
    );
  }
  const u = unit.data;
  const editable = canEditUnit(me, u.id);

  const remove = async () => {
    try {
      await api.del(`/api/orgs/units/${u.id}`);
      message.success(zh.web.common.deleted);
      navigate('/orgs');
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Link to="/orgs" aria-label={t.detail.backToList}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {u.name}
          </Typography.Title>
          {u.isWindow && <Tag color="blue">{t.units.windowTag}</Tag>}
        </Space>
        <Space>
          {editable && <Button onClick={() => setEditing(true)}>{zh.web.common.edit}</Button>}
          {canDo(me, 'orgs.write') && (
            <Popconfirm
              title={t.units.deleteConfirm(u.name)}
              description={t.units.deleteHint}
              onConfirm={remove}
            >
              <Button danger>{zh.web.common.delete}</Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      <Card title={t.detail.facts} size="small">
        <Descriptions column={isPhone ? 1 : 3} size="small">
          <Descriptions.Item label={f.code}>{u.code}</Descriptions.Item>
          <Descriptions.Item label={f.shortName}>{u.shortName ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={f.category}>{u.category}</Descriptions.Item>
          <Descriptions.Item label={f.areaId}>{u.areaName ?? t.units.noArea}</Descriptions.Item>
          <Descriptions.Item label={f.isWindow}>
            {u.isWindow ? zh.web.common.yes : zh.web.common.no}
          </Descriptions.Item>
          <Descriptions.Item label={t.detail.statsLabel}>
            {t.units.stats(u.partyOrgCount, u.memberCount)}
          </Descriptions.Item>
          <Descriptions.Item label={f.contact}>{u.contact ?? t.common.none}</Descriptions.Item>
          <Descriptions.Item label={f.phone}>{u.phone ?? t.common.none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t.detail.tree} size="small" styles={{ body: { padding: isPhone ? 8 : 16 } }}>
        <PartyOrgTree
          unitId={u.id}
          tree={tree.data ?? []}
          loading={tree.isFetching}
          editable={editable}
          onChanged={() => {
            void tree.refetch();
            void unit.refetch();
          }}
        />
      </Card>
      <UnitFormDrawer open={editing} unit={u} onClose={() => setEditing(false)} />
    </Flex>
  );
}
