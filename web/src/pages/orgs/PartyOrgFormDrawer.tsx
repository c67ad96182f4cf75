import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  TreeSelect,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { PARTY_ORG_TYPES, type PartyOrg, partyOrgInput } from '../../../../common/orgs.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { fieldLabel, zh } from '../../locale.js';
import { dropEmpty, ORGS_KEYS, t, typeName, useIsPhone } from './shared.js';
import { useConflictGuard } from './useConflict.js';

export type TreeNode = PartyOrg & { children?: TreeNode[] };

type Values = Omit<PartyOrg, 'id' | 'unitName' | 'termWarning' | 'version'>;
const FIELDS = [
  'unitId',
  'parentId',
  'name',
  'type',
  'categoryCode',
  'foundedOn',
  'termStart',
  'termEnd',
  'secretary',
  'contact',
  'phone',
  'memberCount',
] as const;

/** Parent choices: the unit's other organisations, without the edited one and its descendants. */
function parentOptions(nodes: TreeNode[], excludeId?: number): object[] {
  return nodes
    .filter((n) => n.id !== excludeId)
    .map((n) => ({
      value: n.id,
      title: `${n.name}（${typeName(n.type)}）`,
      children: parentOptions(n.children ?? [], excludeId),
    }));
}

const dateProps = {
  getValueProps: (v: string | null) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/** New/edit party organisation of one unit; the parent picker offers only that unit's organisations. */
export default function PartyOrgFormDrawer({
  open,
  unitId,
  tree,
  org,
  parentId,
  onClose,
}: {
  open: boolean;
  unitId: number;
  tree: TreeNode[];
  /** The organisation to edit; null = create. */
  org: PartyOrg | null;
  /** Preset parent when adding a child. */
  parentId?: number | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const refresh = () => Promise.all(ORGS_KEYS.map((key) => client.invalidateQueries({ queryKey: [key] })));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (org) form.setFieldsValue(Object.fromEntries(FIELDS.map((k) => [k, org[k]])) as Values);
    else form.setFieldsValue({ unitId, parentId: parentId ?? null, memberCount: 0 });
  }, [open, org, unitId, parentId, form]);

  const guard = useConflictGuard(async () => {
    await refresh();
    onClose();
  });
  const { submit, busy } = useFormSubmit<Values>(
    form,
    guard(async (values: Values) => {
      const body = { ...dropEmpty(values), unitId };
      if (org) await api.put(`/api/orgs/party-orgs/${org.id}`, { ...body, version: org.version });
      else await api.post('/api/orgs/party-orgs', body);
      message.success(zh.web.common.saved);
      await refresh();
      onClose();
    }),
  );

  const item = (name: (typeof FIELDS)[number]) => ({
    name,
    label: fieldLabel(name),
    ...zodItem(partyOrgInput.shape[name]),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={org ? t.partyOrgs.editTitle : t.partyOrgs.createTitle}
      size={isPhone ? '100%' : 560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{zh.web.common.cancel}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {zh.web.common.save}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="unitId" hidden>
          <Input />
        </Form.Item>
        <Form.Item {...item('name')}>
          <Input maxLength={100} placeholder={t.partyOrgs.namePlaceholder} />
        </Form.Item>
        <Form.Item {...item('type')}>
          <Select options={PARTY_ORG_TYPES.map((v) => ({ value: v, label: typeName(v) }))} />
        </Form.Item>
        <Form.Item {...item('parentId')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t.partyOrgs.noParent}
            treeData={parentOptions(tree, org?.id)}
          />
        </Form.Item>
        <Flex gap={isPhone ? 0 : 12} vertical={isPhone}>
          <Form.Item {...item('termStart')} {...dateProps} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item {...item('termEnd')} {...dateProps} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item {...item('foundedOn')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item {...item('secretary')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item {...item('memberCount')}>
          <InputNumber min={0} max={100000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item {...item('contact')}>
          <Input maxLength={50} allowClear />
        </Form.Item>
        <Form.Item {...item('phone')}>
          <Input maxLength={20} allowClear />
        </Form.Item>
        <Form.Item {...item('categoryCode')}>
          <Input maxLength={20} allowClear />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
