import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PartyOrg } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { zh } from '../../locale.js';
import PartyOrgFormDrawer, { type TreeNode } from './PartyOrgFormDrawer.js';
import { t, typeName, useIsPhone } from './shared.js';
import TermTag from './TermTag.js';

const f = zh.fieldLabels;
const TYPE_COLORS: Record<string, string> = {
  party_group: 'red',
  org_committee: 'volcano',
  general_branch: 'gold',
  branch: 'default',
};

/** Empty child arrays would still draw an expand arrow. */
function prune(nodes: TreeNode[]): TreeNode[] {
  return nodes.map((n) => ({ ...n, children: n.children?.length ? prune(n.children) : undefined }));
}

function allIds(nodes: TreeNode[]): number[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children ?? [])]);
}

function termText(o: PartyOrg) {
  if (!o.termStart && !o.termEnd) return t.common.none;
  return t.detail.termRange(o.termStart ?? '…', o.termEnd ?? '…');
}

/** A unit's 党组织 tree as an expandable table, with add/edit/delete for those who may edit the unit. */
export default function PartyOrgTree({
  unitId,
  tree,
  loading,
  editable,
  onChanged,
}: {
  unitId: number;
  tree: TreeNode[];
  loading: boolean;
  editable: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const [form, setForm] = useState<{ org: PartyOrg | null; parentId?: number | null } | null>(null);
  const data = prune(tree);

  const remove = async (o: PartyOrg) => {
    try {
      await api.del(`/api/orgs/party-orgs/${o.id}`);
      message.success(zh.web.common.deleted);
      onChanged();
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  const actions = (o: TreeNode) => (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => setForm({ org: o })}>
        {zh.web.common.edit}
      </Button>
      <Button size="small" type="link" onClick={() => setForm({ org: null, parentId: o.id })}>
        {t.detail.addChild}
      </Button>
      <Popconfirm
        title={t.detail.deleteConfirm(o.name)}
        description={t.detail.deleteHint}
        onConfirm={() => remove(o)}
      >
        <Button size="small" type="link" danger>
          {zh.web.common.delete}
        </Button>
      </Popconfirm>
    </Space>
  );

  const nameCell = (o: TreeNode) => (
    <span>
      <Tag color={TYPE_COLORS[o.type]}>{typeName(o.type)}</Tag>
      {o.name}
      {isPhone && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              `${f.secretary}：${o.secretary ?? t.common.none}`,
              t.detail.members(o.memberCount),
              `${t.detail.term}：${termText(o)}`,
            ].join(' · ')}
          </Typography.Text>{' '}
          <TermTag warning={o.termWarning} />
        </div>
      )}
    </span>
  );

  const columns: TableColumnsType<TreeNode> = isPhone
    ? [{ title: f.name, key: 'name', render: (_, o) => nameCell(o) }]
    : [
        { title: f.name, key: 'name', minWidth: 280, render: (_, o) => nameCell(o) },
        { title: f.secretary, dataIndex: 'secretary', width: 80, render: (v) => v ?? t.common.none },
        { title: f.memberCount, dataIndex: 'memberCount', width: 90, align: 'right' },
        {
          title: t.detail.term,
          key: 'term',
          width: 200,
          render: (_, o) => (
            <>
              <div>{termText(o)}</div>
              <TermTag warning={o.termWarning} />
            </>
          ),
        },
        { title: f.contact, key: 'contact', width: 140, render: (_, o) => contactText(o) },
      ];
  if (editable)
    columns.push({
      title: zh.web.common.actions,
      key: 'actions',
      width: isPhone ? 90 : 180,
      render: (_, o) => actions(o),
    });

  return (
    <>
      {editable && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setForm({ org: null, parentId: null })}
        >
          {t.detail.addRoot}
        </Button>
      )}
      <Table<TreeNode>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data}
        columns={columns}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: allIds(data), indentSize: isPhone ? 8 : 20 }}
        key={allIds(data).join(',')}
        locale={{ emptyText: <Empty description={t.detail.emptyTree} /> }}
        scroll={isPhone ? undefined : { x: 980 }}
        data-testid="party-org-tree"
      />
      <PartyOrgFormDrawer
        open={!!form}
        unitId={unitId}
        tree={tree}
        org={form?.org ?? null}
        parentId={form?.parentId}
        onClose={() => {
          setForm(null);
          onChanged();
        }}
      />
    </>
  );
}

function contactText(o: PartyOrg) {
  const parts = [o.contact, o.phone].filter(Boolean);
  return parts.length ? parts.join(' ') : t.common.none;
}
