import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SCHEME_STATUSES, type SchemeSummary } from '../../../../common/assessments.js';
import { canDo, useMe } from '../../auth.js';
import { useListQuery } from '../../components/useListQuery.js';
import SchemeFormModal from './SchemeFormModal.js';
import { A, statusColor, W } from './shared.js';

/** 考核评比: the schemes the user may see (all for the committee, invited ones for evaluators, published ones for units). */
export default function SchemesPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const list = useListQuery<SchemeSummary>('/api/assessments/schemes');
  const [creating, setCreating] = useState(false);
  const canManage = canDo(me, 'assessments.manage');
  const invited = !!me?.roles.includes('efficiency_evaluator');
  const columns: TableColumnsType<SchemeSummary> = [
    {
      title: W.schemes,
      dataIndex: 'name',
      render: (v, s) => (
        <Link to={`/assessments/schemes/${s.id}`}>
          {v}
          {s.edition > 1 && <Typography.Text type="secondary">（{W.edition(s.edition)}）</Typography.Text>}
        </Link>
      ),
    },
    { title: '类型', dataIndex: 'kind', render: (k) => A.kinds[k], responsive: ['md'] },
    { title: '年度', dataIndex: 'year', width: 80, sorter: true, sortOrder: list.sortOrderOf('year') },
    { title: W.unitCount, dataIndex: 'unitCount', width: 100, align: 'right', responsive: ['md'] },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (s) => <Tag color={statusColor[s]}>{A.statuses[s]}</Tag>,
    },
  ];
  return (
    <Card
      title={A.title}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {W.newScheme}
          </Button>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 140 }}
          value={list.filters.status}
          onChange={(v) => list.setFilters({ status: v })}
          options={SCHEME_STATUSES.map((s) => ({ value: s, label: A.statuses[s] }))}
        />
      </Flex>
      <Table
        {...list.tableProps}
        columns={columns}
        size="middle"
        locale={{ emptyText: <Empty description={invited ? W.noSchemesInvited : W.noSchemes} /> }}
      />
      {creating && (
        <SchemeFormModal
          scheme={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/assessments/schemes/${id}`)}
        />
      )}
    </Card>
  );
}
