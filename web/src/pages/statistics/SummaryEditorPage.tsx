import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Drawer,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { Figure, Summary, SummaryBlock } from '../../../../common/reports.js';
import { ApiError, api, download } from '../../api.js';
import { zh } from '../../locale.js';
import FigureSources from './FigureSources.js';
import SummaryPreview from './SummaryPreview.js';

/** A block with a client-side identity, so editing one never remounts another. */
type EditableBlock = SummaryBlock & { uid: number };
let nextUid = 1;
const withUid = (b: SummaryBlock): EditableBlock => ({ ...b, uid: nextUid++ });

interface Recount {
  changes: { key: string; label: string; before: number | null; after: number }[];
}

/** The draft: edit headings and paragraphs; numbers stay linked figures that can be recounted. */
export default function SummaryEditorPage() {
  const id = Number(useParams().id);
  const client = useQueryClient();
  const { message } = App.useApp();
  const t = zh.reports.web;
  const { data, error } = useQuery({
    queryKey: ['summary', id],
    queryFn: () => api.get<Summary>(`/api/reports/summaries/${id}`),
  });
  const [title, setTitle] = useState('');
  const [blocks, setBlocks] = useState<EditableBlock[]>([]);
  const [focused, setFocused] = useState<number | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [recount, setRecount] = useState<Recount | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const caret = useRef<number>(0);
  useEffect(() => {
    if (data) {
      setTitle(data.title);
      setBlocks(data.blocks.map(withUid));
    }
  }, [data]);
  if (error) return <Alert type="error" title={(error as Error).message} />;
  if (!data) return <Card loading />;
  const period = { from: data.periodFrom, to: data.periodTo };

  const save = async () => {
    setBusy(true);
    try {
      const res = await api.put<{ version: number }>(`/api/reports/summaries/${id}`, {
        title,
        blocks,
        version: data.version,
      });
      message.success(t.saved(res.version));
      await client.invalidateQueries({ queryKey: ['summary', id] });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const insert = (f: Figure) => {
    if (focused === null) return;
    setBlocks((bs) =>
      bs.map((b, i) =>
        i === focused
          ? { ...b, text: `${b.text.slice(0, caret.current)}{{${f.key}}}${b.text.slice(caret.current)}` }
          : b,
      ),
    );
  };
  const doRecount = async () => setRecount(await api.get<Recount>(`/api/reports/summaries/${id}/recount`));
  const applyRecount = async () => {
    await api.post(`/api/reports/summaries/${id}/recount`, { version: data.version });
    setRecount(null);
    await client.invalidateQueries({ queryKey: ['summary', id] });
  };

  const editor = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t.insertHint}</Typography.Text>
      {blocks.map((b, i) => (
        <Space.Compact key={b.uid} style={{ width: '100%' }} block>
          <Select
            value={b.kind}
            style={{ width: 150 }}
            options={Object.entries(t.blockKinds).map(([k, label]) => ({ value: k, label }))}
            onChange={(kind) => setBlocks((bs) => bs.map((x, j) => (j === i ? { ...x, kind } : x)))}
          />
          <Input.TextArea
            autoSize={{ minRows: b.kind === 'p' ? 3 : 1 }}
            value={b.text}
            onFocus={() => setFocused(i)}
            onSelect={(e) => {
              caret.current = (e.target as HTMLTextAreaElement).selectionStart;
            }}
            onChange={(e) =>
              setBlocks((bs) => bs.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))
            }
          />
          <Button danger onClick={() => setBlocks((bs) => bs.filter((_, j) => j !== i))}>
            {t.removeBlock}
          </Button>
        </Space.Compact>
      ))}
      <Button onClick={() => setBlocks((bs) => [...bs, withUid({ kind: 'p', text: '' })])}>
        {t.addBlock}
      </Button>
    </Space>
  );

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          style={{ width: 'min(520px, 90vw)' }}
          aria-label={zh.fieldLabels.title}
        />
        <Button type="primary" onClick={save} loading={busy}>
          {t.save}
        </Button>
        <Button onClick={doRecount}>{zh.reports.recount}</Button>
        <Button onClick={() => download(`/api/reports/summaries/${id}/docx`)}>{zh.reports.exportWord}</Button>
        <Button onClick={() => setVersionsOpen(true)}>{zh.reports.versions}</Button>
        <Tag>
          {t.version} {data.version}
        </Tag>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card>
            <Tabs
              items={[
                {
                  key: 'preview',
                  label: t.preview,
                  children: (
                    <SummaryPreview
                      title={title}
                      blocks={blocks}
                      figures={data.figures}
                      signature={data.signature}
                      signDate={data.signDate}
                      onOpen={setOpenKey}
                    />
                  ),
                },
                { key: 'edit', label: t.editor, children: editor },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t.figuresPanel} size="small">
            <List
              dataSource={data.figures}
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <Button key="src" size="small" type="link" onClick={() => setOpenKey(f.key)}>
                      {zh.reports.sources}
                    </Button>,
                    <Button key="ins" size="small" disabled={focused === null} onClick={() => insert(f)}>
                      {t.insert}
                    </Button>,
                  ]}
                >
                  {f.label}：<b>{f.value}</b>
                  {f.measure}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <FigureSources figureKey={openKey} period={period} onClose={() => setOpenKey(null)} />
      <Modal
        open={!!recount}
        title={zh.reports.recount}
        onCancel={() => setRecount(null)}
        okText={t.recountApply}
        onOk={applyRecount}
        okButtonProps={{ disabled: !recount?.changes.length }}
      >
        {recount?.changes.length ? (
          <>
            <Alert
              type="warning"
              title={zh.reports.recountChanged(recount.changes.length)}
              style={{ marginBottom: 12 }}
            />
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={recount.changes}
              columns={[
                { title: t.figureChanged, dataIndex: 'label' },
                { title: t.before, dataIndex: 'before' },
                { title: t.after, dataIndex: 'after' },
              ]}
            />
          </>
        ) : (
          <Alert type="success" title={zh.reports.recountNone} />
        )}
      </Modal>
      <VersionsDrawer id={id} open={versionsOpen} onClose={() => setVersionsOpen(false)} />
    </div>
  );
}

function VersionsDrawer({ id, open, onClose }: { id: number; open: boolean; onClose: () => void }) {
  const { data } = useQuery({
    queryKey: ['summary-versions', id],
    queryFn: () =>
      api.get<{ version: number; savedAt: string; savedByName: string | null; title: string }[]>(
        `/api/reports/summaries/${id}/versions`,
      ),
    enabled: open,
  });
  return (
    <Drawer open={open} onClose={onClose} title={zh.reports.versions} size={420}>
      <List
        dataSource={data ?? []}
        renderItem={(v) => (
          <List.Item>
            <Typography.Text>
              {zh.reports.web.version} {v.version} ·{' '}
              {new Date(v.savedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} ·{' '}
              {v.savedByName ?? ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
