import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Descriptions,
  Divider,
  Form,
  Row,
  Select,
  Typography,
} from 'antd';
import { ADMIN_ROLES, BUSINESS_ROLES, isAdminRole } from '../../../../common/roles.js';
import { type Account, checkRoleAssignment } from '../../../../common/users.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fieldLabel, zh } from '../../locale.js';
import { RoleTags } from './AccountTags.js';
import { roleName, t, useBindingOptions } from './shared.js';

interface Values {
  roles: string[];
  unitId: number | null;
  departmentId: number | null;
}

const DEPARTMENT_ROLES = ['committee_leader', 'committee_staff', 'area_leader'];

/**
 * 角色授权 of one account. The 三权分立 rule is the server's own (checkRoleAssignment): choices
 * that would break it are disabled, and the same message shows on the same field if it is broken.
 */
export default function RoleForm({ account, onSaved }: { account: Account; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const options = useBindingOptions();
  const roles: string[] = Form.useWatch('roles', form) ?? account.roles;
  const hasAdmin = roles.some(isAdminRole);
  const hasBusiness = roles.some((r) => !isAdminRole(r));
  const needsUnit = roles.includes('unit_admin');
  const mayHaveDepartment = roles.some((r) => DEPARTMENT_ROLES.includes(r));

  const { submit, busy } = useFormSubmit(form, async (values: Values) => {
    await api.put(`/api/users/${account.id}/roles`, {
      roles: values.roles,
      unitId: needsUnit ? (values.unitId ?? null) : null,
      departmentId: mayHaveDepartment ? (values.departmentId ?? null) : null,
      version: account.version,
    });
    message.success(t.done.roles);
    onSaved();
  });

  const ruleOn = (field: 'roles' | 'unitId' | 'departmentId') => ({
    validator: async () => {
      const v = form.getFieldsValue();
      const problem = checkRoleAssignment({
        roles: v.roles ?? [],
        unitId: needsUnit ? (v.unitId ?? null) : null,
        departmentId: mayHaveDepartment ? (v.departmentId ?? null) : null,
      });
      if (problem?.field === field) throw new Error(problem.message);
    },
  });
  const roleBox = (role: string, disabled: boolean) => (
    <Col xs={24} sm={12} key={role}>
      <Checkbox value={role} disabled={disabled}>
        {roleName(role)}
      </Checkbox>
    </Col>
  );

  return (
    <div>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={fieldLabel('username')}>{account.username}</Descriptions.Item>
        <Descriptions.Item label={fieldLabel('displayName')}>{account.displayName}</Descriptions.Item>
        <Descriptions.Item label={t.columns.roles}>
          <RoleTags roles={account.roles} />
        </Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        showIcon
        title={t.ruleExplained}
        description={t.roleBindingHint}
        style={{ marginBottom: 16 }}
      />
      {/* The page keys this form by account id and version, so a newer version remounts it; values are
          set at the first render (an effect would reset boxes ticked before it ran). */}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ roles: account.roles, unitId: account.unitId, departmentId: account.departmentId }}
      >
        <Form.Item
          name="roles"
          label={t.columns.roles}
          required
          rules={[{ required: true, type: 'array', min: 1, message: t.rolesAtLeastOne }, ruleOn('roles')]}
        >
          <Checkbox.Group style={{ width: '100%', display: 'block' }}>
            <div style={{ width: '100%' }}>
              <Typography.Text type="secondary">{t.roleGroups.business}</Typography.Text>
              <Row gutter={[8, 8]} style={{ margin: '8px 0' }}>
                {BUSINESS_ROLES.map((r) => roleBox(r, hasAdmin))}
              </Row>
              <Divider style={{ margin: '8px 0' }} />
              <Typography.Text type="secondary">{t.roleGroups.admin}</Typography.Text>
              <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
                {ADMIN_ROLES.map((r) => roleBox(r, hasBusiness || (hasAdmin && !roles.includes(r))))}
              </Row>
            </div>
          </Checkbox.Group>
        </Form.Item>
        {needsUnit && (
          <Form.Item
            name="unitId"
            label={fieldLabel('unitId')}
            required
            dependencies={['roles']}
            rules={[ruleOn('unitId')]}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        {mayHaveDepartment && (
          <Form.Item
            name="departmentId"
            label={fieldLabel('departmentId')}
            dependencies={['roles']}
            rules={[ruleOn('departmentId')]}
          >
            <Select
              allowClear
              options={(options.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          {zh.web.common.save}
        </Button>
      </Form>
    </div>
  );
}
