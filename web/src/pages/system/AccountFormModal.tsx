import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { Account } from '../../../../common/users.js';
import { accountCreate } from '../../../../common/users.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { fieldLabel, zh } from '../../locale.js';
import { t, useBindingOptions, zodItem } from './shared.js';

const s = accountCreate.shape;

/** New account (username, name, phone, unit or department) or edit of name and phone. */
export default function AccountFormModal({
  open,
  account,
  onClose,
  onCreated,
  onSaved,
}: {
  open: boolean;
  account: Account | null;
  onClose: () => void;
  onCreated: (result: { username: string; temporaryPassword: string }) => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const options = useBindingOptions();
  const editing = account !== null;
  useEffect(() => {
    if (open) {
      form.resetFields();
      if (account) form.setFieldsValue({ displayName: account.displayName, phone: account.phone ?? '' });
    }
  }, [open, account, form]);
  const unitId = Form.useWatch('unitId', form);
  const departmentId = Form.useWatch('departmentId', form);
  const { submit, busy } = useFormSubmit(form, async (values: Record<string, unknown>) => {
    if (account) {
      await api.put(`/api/users/${account.id}`, { ...values, version: account.version });
      message.success(t.done.saved);
      onSaved();
    } else {
      const result = await api.post<{ username: string; temporaryPassword: string }>('/api/users', values);
      message.success(t.done.created);
      onCreated(result);
    }
  });
  return (
    <Modal
      open={open}
      title={editing ? `${t.actions.edit}：${account.username}` : t.actions.create}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={zh.web.common.save}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        {!editing && (
          <Form.Item name="username" label={fieldLabel('username')} {...zodItem(s.username)}>
            <Input autoComplete="off" placeholder={t.usernameFormat} />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={fieldLabel('displayName')} {...zodItem(s.displayName)}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={fieldLabel('phone')} {...zodItem(s.phone)}>
          <Input />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="unitId" label={fieldLabel('unitId')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!!departmentId}
                options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item name="departmentId" label={fieldLabel('departmentId')} extra={t.unitOrDepartment}>
              <Select
                allowClear
                disabled={!!unitId}
                options={(options.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
