import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import type { Team, TeamCandidate } from '../../../../common/campaigns.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, f, today, useIsPhone, w } from './shared.js';

type Values = Pick<Team, 'name' | 'leaderId' | 'memberUserIds' | 'formedOn' | 'remit'>;
const required = [{ required: true, message: w.required }];

/** 调研组: name, leader (组长) and members (组员) from the committee, the date formed and the remit. */
export default function TeamFormDrawer({
  open,
  campaignId,
  team,
  onClose,
}: {
  open: boolean;
  campaignId: number;
  team?: Team;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const people = useQuery({
    queryKey: ['/api/work-style/team-candidates'],
    queryFn: () => api.get<TeamCandidate[]>('/api/work-style/team-candidates'),
    enabled: open,
  });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(team ?? { formedOn: today(), memberUserIds: [] });
  }, [open, team, form]);
  const { submit, busy } = useFormSubmit<Values>(form, async (values) => {
    const body = { ...values, campaignId, memberUserIds: values.memberUserIds ?? [] };
    if (team) await api.put(`/api/work-style/teams/${team.id}`, { ...body, version: team.version });
    else await api.post('/api/work-style/teams', body);
    message.success(zh.web.common.saved);
    await client.invalidateQueries({ queryKey: ['/api/work-style/teams'] });
    onClose();
  });
  const options = (people.data ?? []).map((p) => ({
    value: p.id,
    label: w.withDept(p.name, p.departmentName),
  }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={team ? w.editTeam : w.newTeam}
      size={isPhone ? '100%' : 520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={w.teamNameLabel} rules={[...required, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="leaderId" label={f.leaderId} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={people.isLoading}
            placeholder={w.pickPerson}
          />
        </Form.Item>
        <Form.Item name="memberUserIds" label={f.memberUserIds}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={options}
            loading={people.isLoading}
            placeholder={w.pickPerson}
          />
        </Form.Item>
        <Form.Item name="formedOn" label={f.formedOn} rules={required}>
          <DateInput />
        </Form.Item>
        <Form.Item name="remit" label={f.remit}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
    </Drawer>
  );
}
