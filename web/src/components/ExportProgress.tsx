import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Progress, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ExportJob, ExportKind } from '../../../common/exports.js';
import { api, download } from '../api.js';
import { zh } from '../locale.js';

const t = zh.exportJobs;
/** How often the dialog asks the server how far the export got. */
export const POLL_MS = 500;

type Params = Record<string, string | number | boolean | null | undefined>;

/** Drops empty filter values (the URL keeps them as '' or undefined). */
function clean(params: Params) {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
}

/**
 * A large export as a server job: `start(kind, params)` asks the server to build the file, a
 * dialog shows "已导出 N / M 行" with a progress bar while polling the job, and the file downloads
 * by itself when it is ready. Closing the dialog stops the polling (the job still finishes on the
 * server); the poll is a TanStack query, so unmounting the page stops it too.
 */
export function useExportJob(): {
  start: (kind: ExportKind, params?: Params) => Promise<void>;
  starting: boolean;
  dialog: ReactNode;
} {
  const { message } = App.useApp();
  const [job, setJob] = useState<{ id: number; kind: ExportKind } | null>(null);
  const [open, setOpen] = useState(false);
  const [starting, setStarting] = useState(false);
  const downloaded = useRef<number | null>(null);

  const poll = useQuery({
    queryKey: ['export-job', job?.id],
    queryFn: () => api.get<ExportJob>(`/api/exports/${job?.id}`),
    enabled: open && job !== null,
    // Stops when the job is over, or when the server cannot say (the error is shown instead).
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (query.state.status === 'error') return false;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
    gcTime: 0,
  });
  const state = poll.data?.id === job?.id ? poll.data : undefined;

  const fetchFile = async (id: number) => {
    try {
      await download(`/api/exports/${id}/file`);
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  // The file downloads once, the moment the job is done.
  useEffect(() => {
    if (open && state?.status === 'done' && downloaded.current !== state.id) {
      downloaded.current = state.id;
      void fetchFile(state.id);
    }
  });

  const start = async (kind: ExportKind, params: Params = {}) => {
    setStarting(true);
    try {
      const { id } = await api.post<{ id: number }>('/api/exports', { kind, params: clean(params) });
      setJob({ id, kind });
      setOpen(true);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setStarting(false);
    }
  };

  const dialog = job && (
    <Modal
      open={open}
      title={t.web.title(t.kinds[job.kind])}
      onCancel={() => setOpen(false)}
      destroyOnHidden
      maskClosable={false}
      footer={[
        state?.status === 'done' && (
          <Button key="again" icon={<DownloadOutlined />} onClick={() => fetchFile(state.id)}>
            {t.web.downloadAgain}
          </Button>
        ),
        <Button
          key="close"
          type={state?.status === 'done' ? 'primary' : 'default'}
          onClick={() => setOpen(false)}
        >
          {t.web.close}
        </Button>,
      ]}
    >
      <ExportState job={state} loadError={poll.error?.message} />
    </Modal>
  );
  return { start, starting, dialog };
}

function ExportState({ job, loadError }: { job: ExportJob | undefined; loadError?: string }) {
  if (loadError) return <Alert type="error" showIcon title={loadError} />;
  if (!job || job.status === 'queued')
    return (
      <>
        <Progress percent={0} status="active" />
        <Typography.Text type="secondary">{t.web.queued}</Typography.Text>
      </>
    );
  if (job.status === 'failed')
    return <Alert type="error" showIcon title={t.web.failed} description={job.error ?? t.errors.failed} />;
  const total = job.totalRows;
  const percent =
    job.status === 'done' ? 100 : total ? Math.min(99, Math.floor((job.doneRows / total) * 100)) : 0;
  const line =
    job.status === 'done'
      ? t.web.done(job.doneRows)
      : total === null
        ? t.web.preparing
        : job.doneRows >= total
          ? `${t.web.rows(job.doneRows, total)}，${t.web.writing}`
          : t.web.rows(job.doneRows, total);
  return (
    <div data-testid="export-progress">
      <Progress percent={percent} status={job.status === 'done' ? 'success' : 'active'} />
      <Typography.Paragraph style={{ marginBottom: 4 }}>{line}</Typography.Paragraph>
      {job.status !== 'done' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.web.closeHint}
        </Typography.Text>
      )}
    </div>
  );
}
