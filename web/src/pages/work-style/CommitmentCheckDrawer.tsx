import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, Form, Input, List, Radio, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { Commitment, CommitmentDetail } from '../../../../common/commitments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { DateInput, today, useIsPhone, useListAwareForm, w } from './shared.js';

type Values = { checkedOn: string; results: { kept: boolean; note?: string }[]; note?: string };

/** 跟踪检查: for each promised item, kept or not (with a note); the earlier checks below. */
export default function CommitmentCheckDrawer({
  commitment,
  onClose,
}: {
  commitment?: Commitment;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const open = !!commitment;
  const detail = useQuery({
    queryKey: ['/api/commitments', commitment?.id],
    queryFn: () => api.get<CommitmentDetail>(`/api/commitments/${commitment?.id}`),
    enabled: open,
  });
  useEffect(() => {
    if (!commitment) return;
    form.resetFields();
    form.setFieldsValue({ checkedOn: today(), results: commitment.items.map(() => ({ kept: true })) });
  }, [commitment, form]);
  const { submit, busy } = useFormSubmit<Values>(useListAwareForm(form), async (values) => {
    await api.post(`/api/commitments/${commitment?.id}/checks`, values);
    message.success(zh.web.common.saved);
    await client.invalidateQueries({ queryKey: ['/api/commitments'] });
    onClose();
  });
  const items = commitment?.items ?? [];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={commitment ? w.labelled(w.checkTitle, commitment.unitName) : w.checkTitle}
      size={isPhone ? '100%' : 600}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="checkedOn" label={w.checkedOn} rules={[{ required: true, message: w.required }]}>
          <DateInput />
        </Form.Item>
        <Form.List name="results">
          {(fields) =>
            fields.map((field, i) => (
              <div key={field.key} style={{ marginBottom: 12 }}>
                <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                  {`${i + 1}. ${items[i] ?? ''}`}
                </Typography.Paragraph>
                <Form.Item name={[field.name, 'kept']} style={{ marginBottom: 4 }}>
                  <Radio.Group
                    aria-label={w.itemNo(i + 1)}
                    optionType="button"
                    options={[
                      { value: true, label: w.kept },
                      { value: false, label: w.notKept },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'note']} rules={[{ max: 500 }]} style={{ marginBottom: 0 }}>
                  <Input
                    placeholder={w.itemNote}
                    maxLength={500}
                    aria-label={`${w.itemNo(i + 1)}${w.itemNote}`}
                  />
                </Form.Item>
              </div>
            ))
          }
        </Form.List>
        <Form.Item name="note" label={w.checkNote} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block={isPhone}>
          {zh.web.common.save}
        </Button>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {w.checkHistory}
      </Typography.Title>
      {detail.data && detail.data.checks.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.noChecks} />
      )}
      <List
        dataSource={detail.data?.checks ?? []}
        locale={{ emptyText: ' ' }}
        renderItem={(c) => (
          <List.Item>
            <div>
              <Typography.Text type="secondary">{w.checkedBy(c.checkerName, c.checkedOn)}</Typography.Text>
              {c.results.map((r, i) => (
                <div key={`${c.id}-${items[i] ?? i}`}>
                  <Tag color={r.kept ? 'green' : 'red'}>{r.kept ? w.kept : w.notKept}</Tag>
                  {`${i + 1}. ${items[i] ?? ''}`}
                  {r.note && <Typography.Text type="secondary">{w.aside(r.note)}</Typography.Text>}
                </div>
              ))}
              {c.note && <div>{c.note}</div>}
            </div>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
