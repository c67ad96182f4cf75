import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Unit } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import { useExportJob } from '../../components/ExportProgress.js';
import { useListQuery } from '../../components/useListQuery.js';
import { zh } from '../../locale.js';
import CardList from './CardList.js';
import { canEditUnit, t, useIsPhone } from './shared.js';
import UnitFilters from './UnitFilters.js';
import UnitFormDrawer from './UnitFormDrawer.js';

const f = zh.fieldLabels;

/** 单位: the committee's units with search, filters, sorting, paging, export and editing. */
export default function UnitsPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const list = useListQuery<Unit>('/api/orgs/units');
  const [editing, setEditing] = useState<Unit | null | undefined>(undefined);
  const exporter = useExportJob();
  const canWrite = canDo(me, 'orgs.write');
  const filtered = ['q', 'areaId', 'category', 'isWindow'].some((k) => list.filters[k]);
  const emptyText = filtered ? t.units.empty : t.units.emptyAll;

  const remove = async (u: Unit) => {
    try {
      await api.del(`/api/orgs/units/${u.id}`);
      message.success(zh.web.common.deleted);
      await list.refetch();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  const exportAll = () => exporter.start('orgs.units');

  const actions = (u: Unit) => (
    <Space size={4} wrap>
      {canEditUnit(me, u.id) && (
        <Button size="small" type="link" onClick={() => setEditing(u)}>
          {zh.web.common.edit}
        </Button>
      )}
      {canWrite && (
        <Popconfirm
          title={t.units.deleteConfirm(u.name)}
          description={t.units.deleteHint}
          onConfirm={() => remove(u)}
        >
          <Button size="small" type="link" danger>
            {zh.web.common.delete}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  const sorter = (key: string) => ({ sorter: true, sortOrder: list.sortOrderOf(key) });
  const columns: TableColumnsType<Unit> = [
    { title: f.code, dataIndex: 'code', key: 'code', width: 110, ...sorter('code') },
    {
      title: f.name,
      dataIndex: 'name',
      key: 'name',
      ...sorter('name'),
      render: (_, u) => (
        <Space size={4}>
          <Link to={`/orgs/units/${u.id}`}>{u.name}</Link>
          {u.isWindow && <Tag color="blue">{t.units.windowTag}</Tag>}
        </Space>
      ),
    },
    { title: f.category, dataIndex: 'category', key: 'category', width: 150, ...sorter('category') },
    {
      title: f.areaId,
      key: 'area',
      width: 110,
      ...sorter('area'),
      render: (_, u) => u.areaName ?? <Typography.Text type="secondary">{t.units.noArea}</Typography.Text>,
    },
    {
      title: t.units.partyOrgCount,
      dataIndex: 'partyOrgCount',
      key: 'partyOrgCount',
      width: 80,
      align: 'right',
    },
    {
      title: t.units.memberCount,
      dataIndex: 'memberCount',
      key: 'memberCount',
      width: 90,
      align: 'right',
      ...sorter('memberCount'),
    },
    { title: f.contact, dataIndex: 'contact', key: 'contact', width: 100, render: (v) => v ?? t.common.none },
  ];
  // Leaders and area leaders only read: no empty 操作 column for them.
  if (canDo(me, 'orgs.unit.edit'))
    columns.push({ title: zh.web.common.actions, key: 'actions', width: 120, render: (_, u) => actions(u) });

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.units.title}
        </Typography.Title>
        <Space wrap>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t.units.create}
            </Button>
          )}
          {canDo(me, 'orgs.import') && (
            <Link to="/orgs/import">
              <Button icon={<UploadOutlined />}>{t.units.importLink}</Button>
            </Link>
          )}
          {canDo(me, 'orgs.export') && (
            <Button icon={<DownloadOutlined />} loading={exporter.starting} onClick={exportAll}>
              {t.units.exportAll}
            </Button>
          )}
        </Space>
        {exporter.dialog}
      </Flex>
      <UnitFilters
        filters={list.filters}
        setFilters={list.setFilters}
        reset={list.resetFilters}
        isPhone={isPhone}
      />
      {isPhone ? (
        <CardList
          tableProps={list.tableProps}
          sort={{ field: list.filters.sort, order: list.filters.order }}
          emptyText={emptyText}
          renderItem={(u) => (
            <Card
              size="small"
              title={<Link to={`/orgs/units/${u.id}`}>{u.name}</Link>}
              extra={actions(u)}
              styles={{ title: { whiteSpace: 'normal' } }}
            >
              <Typography.Text type="secondary">
                {[u.code, u.category, u.areaName ?? t.units.noArea].join(' · ')}
              </Typography.Text>
              <div>
                {t.units.stats(u.partyOrgCount, u.memberCount)}
                {u.isWindow && (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {t.units.windowTag}
                  </Tag>
                )}
              </div>
            </Card>
          )}
        />
      ) : (
        <Table<Unit>
          {...list.tableProps}
          columns={columns}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText }}
        />
      )}
      <UnitFormDrawer
        open={editing !== undefined}
        unit={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
