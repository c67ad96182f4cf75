import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Adoption, MechanismDetail } from '../../../../common/mechanisms.js';
import { api, download } from '../../api.js';
import { d, ui } from '../documents/shared.js';

/** The committee confirms or returns what units reported. */
export default function ReviewQueue({ mechanism }: { mechanism: MechanismDetail }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [notes, setNotes] = useState<Record<number, string>>({});
  const { data = [], isLoading } = useQuery({
    queryKey: ['/api/mechanisms', mechanism.id, 'adoptions', 'submitted'],
    queryFn: () =>
      api.get<Adoption[]>(`/api/mechanisms/${mechanism.id}/adoptions`, { reviewStatus: 'submitted' }),
  });
  const decide = async (a: Adoption, decision: 'accept' | 'return') => {
    const note = notes[a.id ?? 0];
    if (decision === 'return' && !note) {
      message.warning(ui.reviewNotePh);
      return;
    }
    try {
      await api.post(`/api/mechanism-adoptions/${a.id}/review`, {
        decision,
        note: note || null,
        version: a.version,
      });
      message.success(ui.reviewedOk);
      client.invalidateQueries({ queryKey: ['/api/mechanisms'] });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  if (!isLoading && !data.length) return <Empty description={ui.noPending} />;
  const element = (id: number) => mechanism.elements.find((e) => e.id === id);
  return (
    <List
      loading={isLoading}
      dataSource={data}
      renderItem={(a) => (
        <List.Item>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{a.unitName}</Typography.Text>
              <Typography.Text type="secondary">
                {element(a.elementId)?.groupName} · {element(a.elementId)?.name}
              </Typography.Text>
              <Tag>{d.adoptionStatuses[a.status]}</Tag>
            </Space>
            <Typography.Paragraph style={{ margin: 0 }}>{a.evidence ?? '—'}</Typography.Paragraph>
            {a.files.map((f) => (
              <Button
                key={f.id}
                type="link"
                style={{ padding: 0 }}
                onClick={() => download(`/api/files/${f.id}`)}
              >
                {f.originalName}
              </Button>
            ))}
            <Space wrap>
              <Input
                placeholder={ui.reviewNotePh}
                value={notes[a.id ?? 0] ?? ''}
                onChange={(e) => setNotes({ ...notes, [a.id ?? 0]: e.target.value })}
                style={{ width: 260 }}
                maxLength={500}
              />
              <Button type="primary" size="small" onClick={() => decide(a, 'accept')}>
                {ui.accept}
              </Button>
              <Button danger size="small" onClick={() => decide(a, 'return')}>
                {ui.returnIt}
              </Button>
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
