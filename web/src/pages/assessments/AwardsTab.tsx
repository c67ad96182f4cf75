import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, List, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { Award, SchemeDetail } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zh } from '../../locale.js';
import { A, statusColor, W } from './shared.js';

interface Values {
  title: string;
  topN: number;
  publicityDays: number;
}

/** Awards of a scheme: nominate the top N per category, then follow each award to its page. */
export default function AwardsTab({ scheme, canManage }: { scheme: SchemeDetail; canManage: boolean }) {
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const awards = useQuery({
    queryKey: ['assessment-awards', scheme.id],
    queryFn: () => api.get<Award[]>(`/api/assessments/schemes/${scheme.id}/awards`),
  });
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    await api.post(`/api/assessments/schemes/${scheme.id}/awards`, v);
    form.resetFields();
    await client.invalidateQueries({ queryKey: ['assessment-awards', scheme.id] });
  });
  const f = zh.fieldLabels;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canManage && scheme.status !== 'published' && (
        <Alert type="info" showIcon title={zh.assessments.errors.awardNeedsPublished} />
      )}
      {canManage && scheme.status === 'published' && (
        <Card size="small" title={W.nominate}>
          <Form form={form} layout="inline" onFinish={submit} initialValues={{ topN: 10, publicityDays: 5 }}>
            <Form.Item
              name="title"
              label={W.awardTitle}
              rules={[{ required: true, message: '不能为空' }, { max: 100 }]}
            >
              <Input placeholder="如：作风建设十佳单位" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="topN" label={f.topN} rules={[{ required: true, message: '不能为空' }]}>
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item
              name="publicityDays"
              label={f.publicityDays}
              rules={[{ required: true, message: '不能为空' }]}
            >
              <InputNumber min={1} max={30} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {W.nominate}
            </Button>
          </Form>
          <div style={{ color: '#888', fontSize: 12, marginTop: 8 }}>{W.nominateHint}</div>
        </Card>
      )}
      <List
        bordered
        loading={awards.isLoading}
        dataSource={awards.data ?? []}
        locale={{ emptyText: <Empty description={W.noAwards} /> }}
        renderItem={(a) => (
          <List.Item extra={<Tag color={statusColor[a.status]}>{A.awardStatuses[a.status]}</Tag>}>
            <Link to={`/assessments/awards/${a.id}`}>{a.title}</Link>（
            {a.entries.filter((e) => !e.withdrawn).length}个单位）
          </List.Item>
        )}
      />
    </Space>
  );
}
