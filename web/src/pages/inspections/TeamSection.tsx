import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SessionDetail } from '../../../../common/inspections.js';
import { api } from '../../api.js';
import { w } from './shared.js';

interface Member {
  userId: number;
  name: string;
  role: string;
}

/** 巡听组: by default the area leader and the liaison department's staff; the committee may change it per session. */
export default function TeamSection({
  detail,
  canEdit,
  onChanged,
}: {
  detail: SessionDetail;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [ids, setIds] = useState<number[]>([]);
  const candidates = useQuery({
    queryKey: ['/api/inspections/sessions', detail.session.id, 'team-candidates'],
    queryFn: () => api.get<Member[]>(`/api/inspections/sessions/${detail.session.id}/team-candidates`),
    enabled: open,
  });
  const save = async () => {
    try {
      await api.put(`/api/inspections/sessions/${detail.session.id}/team`, {
        memberIds: ids,
        version: detail.session.version,
      });
      message.success(w.saved);
      setOpen(false);
      onChanged();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  return (
    <Card
      size="small"
      title={w.team}
      extra={
        canEdit && (
          <Button
            size="small"
            onClick={() => {
              setIds(detail.team.map((m) => m.userId));
              setOpen(true);
            }}
          >
            {w.editTeam}
          </Button>
        )
      }
    >
      {detail.team.length === 0 ? (
        <Typography.Text type="warning">{w.noTeam}</Typography.Text>
      ) : (
        <Space wrap>
          {detail.team.map((m) => (
            <Tag key={m.userId}>{m.name.includes(m.role) ? m.name : `${m.name}（${m.role}）`}</Tag>
          ))}
        </Space>
      )}
      <Modal open={open} title={w.editTeam} onCancel={() => setOpen(false)} onOk={save}>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          value={ids}
          onChange={setIds}
          loading={candidates.isLoading}
          optionFilterProp="label"
          options={(candidates.data ?? []).map((c) => ({ value: c.userId, label: `${c.name} · ${c.role}` }))}
        />
      </Modal>
    </Card>
  );
}
