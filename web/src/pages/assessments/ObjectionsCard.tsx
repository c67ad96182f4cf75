import { App, Button, Card, DatePicker, Form, Input, List, Modal, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Award, objectionInput } from '../../../../common/assessments.js';
import { api } from '../../api.js';
import { useFormSubmit } from '../../components/useFormSubmit.js';
import { zodItem } from '../../components/zodRules.js';
import { zh } from '../../locale.js';
import { A, W } from './shared.js';

interface Values {
  unitId: number;
  content: string;
  raisedBy?: string;
  receivedOn: Dayjs;
}

/** Objections received during 公示: recorded, then upheld (the unit is withdrawn) or dismissed. */
export default function ObjectionsCard({ award, onChanged }: { award: Award; onChanged: () => void }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [resolving, setResolving] = useState<number | null>(null);
  const [resolution, setResolution] = useState('');
  const [form] = Form.useForm<Values>();
  const f = zh.fieldLabels;
  const open = award.status === 'publicity';
  const { submit, busy } = useFormSubmit<Values>(form, async (v) => {
    await api.post(`/api/assessments/awards/${award.id}/objections`, {
      ...v,
      raisedBy: v.raisedBy || null,
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
    });
    setAdding(false);
    onChanged();
  });
  const resolve = async (decision: 'upheld' | 'dismissed') => {
    try {
      await api.post(`/api/assessments/awards/${award.id}/objections/${resolving}/resolve`, {
        decision,
        resolution,
      });
      setResolving(null);
      setResolution('');
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card
      size="small"
      title={W.objections}
      style={{ marginTop: 12 }}
      extra={
        open && (
          <Button size="small" onClick={() => setAdding(true)}>
            {W.addObjection}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={award.objections}
        locale={{ emptyText: W.noObjections }}
        renderItem={(o) => (
          <List.Item
            actions={
              o.status === 'open' && open
                ? [
                    <Button key="r" size="small" type="link" onClick={() => setResolving(o.id)}>
                      {W.resolve}
                    </Button>,
                  ]
                : []
            }
          >
            <div>
              <Tag color={o.status === 'open' ? 'orange' : o.status === 'upheld' ? 'red' : 'default'}>
                {A.objectionStatuses[o.status]}
              </Tag>
              {o.unitName}：{o.content}（{o.raisedBy ?? ''} {o.receivedOn}）
              {o.resolution && <div style={{ color: '#888' }}>处理意见：{o.resolution}</div>}
            </div>
          </List.Item>
        )}
      />
      {adding && (
        <Modal
          open
          title={W.addObjection}
          onCancel={() => setAdding(false)}
          onOk={() => form.submit()}
          confirmLoading={busy}
        >
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="unitId" label={W.unit} rules={[{ required: true, message: '不能为空' }]}>
              <Select
                options={award.entries
                  .filter((e) => !e.withdrawn)
                  .map((e) => ({ value: e.unitId, label: e.unitName }))}
              />
            </Form.Item>
            <Form.Item name="content" label={W.objectionContent} {...zodItem(objectionInput.shape.content)}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="raisedBy" label={f.raisedBy} {...zodItem(objectionInput.shape.raisedBy)}>
              <Input placeholder="如：来信、来电、来访" />
            </Form.Item>
            <Form.Item
              name="receivedOn"
              label={f.receivedOn}
              rules={[{ required: true, message: '不能为空' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        </Modal>
      )}
      {resolving !== null && (
        <Modal open title={W.resolve} onCancel={() => setResolving(null)} footer={null}>
          <Input.TextArea
            rows={3}
            placeholder={f.resolution}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            maxLength={1000}
          />
          <Space style={{ marginTop: 12 }}>
            <Button danger disabled={!resolution.trim()} onClick={() => resolve('upheld')}>
              {W.upheld}
            </Button>
            <Button disabled={!resolution.trim()} onClick={() => resolve('dismissed')}>
              {W.dismissed}
            </Button>
          </Space>
        </Modal>
      )}
    </Card>
  );
}
