import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Input, Popconfirm, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import type { Briefing } from '../../../../common/publications.js';
import { api, download } from '../../api.js';
import { canDo, useMe } from '../../auth.js';
import BriefingView from './BriefingView.js';
import { common, issueText, p, statusColor, ui, useIsPhone } from './shared.js';

/** One briefing as it will print, with the workflow: 送审 → 审核印发 (or 退回), Word export, public flag. */
export default function BriefingDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number) => void;
}) {
  const { data: me } = useMe();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const manager = canDo(me, 'publications.manage');
  const publisher = canDo(me, 'publications.publish');
  const [issuedOn, setIssuedOn] = useState('');
  const q = useQuery({
    queryKey: ['/api/publications/briefings', id],
    queryFn: () => api.get<Briefing>(`/api/publications/briefings/${id}`),
    enabled: id !== null,
  });
  const b = q.data;
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await client.invalidateQueries({ queryKey: ['/api/publications/briefings'] });
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const go = (step: string, body: Record<string, unknown> = {}) =>
    act(
      () => api.post(`/api/publications/briefings/${b?.id}/${step}`, { version: b?.version, ...body }),
      common.saved,
    );
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 820}
      loading={q.isLoading}
      title={
        b ? (
          <Space wrap>
            {b.seriesName} {issueText(b)}{' '}
            <Tag color={statusColor[b.status]}>{p.briefingStatuses[b.status]}</Tag>
          </Space>
        ) : (
          ''
        )
      }
    >
      {b && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {manager && b.status === 'draft' && <Button onClick={() => onEdit(b.id)}>{common.edit}</Button>}
            {manager && b.status === 'draft' && (
              <Button type="primary" onClick={() => go('submit')}>
                {ui.submit}
              </Button>
            )}
            {publisher && b.status === 'review' && (
              <>
                <Input
                  type="date"
                  aria-label={ui.issuedOn}
                  value={issuedOn || b.issuedOn || ''}
                  onChange={(e) => setIssuedOn(e.target.value)}
                  style={{ width: 160 }}
                />
                <Popconfirm
                  title={ui.publishConfirm}
                  onConfirm={() => go('publish', issuedOn ? { issuedOn } : {})}
                >
                  <Button type="primary">{ui.publish}</Button>
                </Popconfirm>
                <Button onClick={() => go('return')}>{ui.returnDraft}</Button>
              </>
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() => act(() => download(`/api/publications/briefings/${b.id}/docx`), ui.exportWord)}
            >
              {ui.exportWord}
            </Button>
            {publisher && b.status === 'published' && (
              <Space>
                <Switch
                  checked={b.isPublic}
                  aria-label={ui.isPublic}
                  onChange={(on) =>
                    act(
                      () =>
                        api.put(`/api/publications/briefings/${b.id}/public`, {
                          version: b.version,
                          isPublic: on,
                        }),
                      common.saved,
                    )
                  }
                />
                {ui.isPublic}
              </Space>
            )}
          </Space>
          <BriefingView
            seriesName={b.seriesName}
            issue={issueText(b)}
            editorUnit={b.editorUnit}
            issuedOn={b.issuedOn}
            editorNote={b.editorNote}
            editorNoteLabel={p.docx.editorNote}
            title={b.title}
            articles={b.articles}
            footer={[
              { label: p.docx.reportTo, value: b.reportTo },
              { label: p.docx.sendTo, value: b.sendTo },
              { label: p.docx.issueTo, value: b.issueTo },
            ]}
            copies={p.docx.copies(b.copies)}
          />
        </>
      )}
    </Drawer>
  );
}
