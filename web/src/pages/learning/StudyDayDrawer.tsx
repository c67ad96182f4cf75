import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Input,
  List,
  Radio,
  Select,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import type { StudyDay } from '../../../../common/learning.js';
import { api } from '../../api.js';
import { common, t, ui, useIsPhone } from './shared.js';

type Row = StudyDay['attendance'][number];

/** One study day: theme, 导读, books given, and the sign-in by unit (staff record it here). */
export default function StudyDayDrawer({
  id,
  onClose,
  canSign,
}: {
  id: number | null;
  onClose: () => void;
  canSign: boolean;
}) {
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['/api/learning/study-days', id],
    queryFn: () => api.get<StudyDay>(`/api/learning/study-days/${id}`),
    enabled: id !== null,
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setRows(q.data?.attendance ?? []), [q.data]);
  const day = q.data;
  const set = (unitId: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)));
  const save = async () => {
    if (!day) return;
    setBusy(true);
    try {
      await api.put(`/api/learning/study-days/${day.id}/attendance`, {
        version: day.version,
        signIns: rows.map((r) => ({
          unitId: r.unitId,
          status: r.status,
          attendee: r.attendee,
          attendees: r.status === 'present' ? r.attendees : [],
          reason: r.reason,
        })),
      });
      message.success(common.saved);
      await client.invalidateQueries({ queryKey: ['/api/learning/study-days'] });
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={day?.theme ?? t.pages.studyDays}
      size={isPhone ? '100%' : 760}
      loading={q.isLoading}
    >
      {day && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={ui.heldOn}>{day.heldOn}</Descriptions.Item>
            <Descriptions.Item label={ui.speakers}>{day.lecturers ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={ui.attendance}>
              {ui.invited(day.invitedCount, day.presentCount, day.absentCount)}
              {day.attendeeCount > 0 && `；${ui.attendeeCount(day.attendeeCount)}`}
            </Descriptions.Item>
            <Descriptions.Item label={ui.guide}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {day.guide ?? '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {ui.gifts}
          </Typography.Title>
          <List
            size="small"
            bordered
            locale={{ emptyText: '—' }}
            dataSource={day.gifts}
            renderItem={(g) => (
              <List.Item>
                {ui.giftLine(
                  g.bookTitle,
                  g.copies,
                  (g.recipient === 'unit' ? g.unitName : null) ?? t.recipients.attendees,
                )}
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {ui.signIn}
          </Typography.Title>
          {canSign && <Typography.Paragraph type="secondary">{ui.signInHint}</Typography.Paragraph>}
          {rows.length === 0 ? (
            <Empty description={ui.noInvites} />
          ) : (
            <Table<Row>
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={rows}
              scroll={{ x: 860 }}
              columns={[
                { key: 'unit', title: ui.unit, dataIndex: 'unitName' },
                {
                  key: 'status',
                  title: ui.status,
                  width: 220,
                  render: (_v, r) =>
                    canSign ? (
                      <Radio.Group
                        size="small"
                        value={r.status}
                        onChange={(e) => set(r.unitId, { status: e.target.value })}
                        options={Object.entries(t.attendance).map(([value, label]) => ({ value, label }))}
                        optionType="button"
                      />
                    ) : (
                      t.attendance[r.status]
                    ),
                },
                {
                  key: 'note',
                  title: `${ui.attendee} / ${ui.reason}`,
                  width: 200,
                  render: (_v, r) =>
                    canSign && r.status !== 'pending' ? (
                      <Input
                        size="small"
                        status={r.status === 'absent' && !r.reason ? 'error' : undefined}
                        placeholder={r.status === 'absent' ? ui.reason : ui.attendee}
                        value={(r.status === 'absent' ? r.reason : r.attendee) ?? ''}
                        onChange={(e) =>
                          set(
                            r.unitId,
                            r.status === 'absent' ? { reason: e.target.value } : { attendee: e.target.value },
                          )
                        }
                      />
                    ) : (
                      ((r.status === 'absent' ? r.reason : r.attendee) ?? '')
                    ),
                },
                {
                  key: 'attendees',
                  title: ui.attendees,
                  width: 240,
                  render: (_v, r) =>
                    canSign && r.status === 'present' ? (
                      <Select
                        mode="tags"
                        size="small"
                        style={{ width: '100%' }}
                        placeholder={ui.attendeesHint}
                        tokenSeparators={['、', '，', ',', ' ']}
                        open={false}
                        value={r.attendees}
                        onChange={(names: string[]) =>
                          set(r.unitId, {
                            attendees: [...new Set(names.map((n) => n.trim()).filter(Boolean))].map((n) =>
                              n.slice(0, 20),
                            ),
                          })
                        }
                      />
                    ) : (
                      r.attendees.join('、')
                    ),
                },
              ]}
            />
          )}
          {canSign && rows.length > 0 && (
            <Button type="primary" loading={busy} onClick={save} style={{ marginTop: 12 }}>
              {ui.saveSignIn}
            </Button>
          )}
        </>
      )}
    </Drawer>
  );
}
