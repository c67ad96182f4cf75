import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Progress, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../../common/orgs.js';
import { download } from '../../api.js';
import ImportResultView from './ImportResultView.js';
import { ORGS_KEYS, t, useIsPhone } from './shared.js';
import { uploadWithProgress } from './upload.js';

const i = t.import;
type Phase = 'idle' | 'uploading' | 'checking';

/**
 * 导入: download the template → upload the filled workbook as a dry run (with a progress bar)
 * → read the counts and row errors → confirm the real import (all-or-nothing on the server).
 */
export default function ImportPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const isPhone = useIsPhone();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [percent, setPercent] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [downloading, setDownloading] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase('uploading');
    setPercent(0);
    try {
      const answer = await uploadWithProgress<ImportResult>(
        `/api/orgs/import?dryRun=${dryRun}`,
        file,
        (p) => {
          setPercent(p);
          if (p >= 100) setPhase('checking');
        },
      );
      setResult(answer);
      if (!answer.dryRun && answer.errors.length === 0)
        await Promise.all(ORGS_KEYS.map((key) => client.invalidateQueries({ queryKey: [key] })));
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setPhase('idle');
    }
  };
  const template = async () => {
    setDownloading(true);
    try {
      await download('/api/orgs/import/template');
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setDownloading(false);
    }
  };
  const restart = () => {
    setFile(null);
    setResult(null);
  };

  const done = !!result && !result.dryRun && result.errors.length === 0;
  const ready = !!result && result.dryRun && result.errors.length === 0;
  const current = done ? 3 : ready ? 2 : file ? 1 : 0;
  const busy = phase !== 'idle';

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {i.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {i.subtitle}
        </Typography.Paragraph>
      </div>
      <Steps
        current={current}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        size="small"
        items={[
          { title: i.step1, content: i.step1Desc },
          { title: i.step2, content: i.step2Desc },
          { title: i.step3, content: i.step3Desc },
        ]}
      />
      <Card size="small" title={`1. ${i.step1}`}>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={template}>
          {i.downloadTemplate}
        </Button>
      </Card>
      <Card size="small" title={`2. ${i.step2}`}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          disabled={busy || done}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
          beforeUpload={(picked) => {
            if (!picked.name.toLowerCase().endsWith('.xlsx')) {
              message.error(i.notXlsx);
              return Upload.LIST_IGNORE;
            }
            setFile(picked);
            setResult(null);
            return false;
          }}
          onRemove={() => restart()}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{i.chooseFile}</p>
          <p className="ant-upload-hint">{i.chooseHint}</p>
        </Upload.Dragger>
        {busy && (
          <div style={{ marginTop: 12 }} data-testid="import-progress">
            <Progress percent={percent} status="active" />
            <Typography.Text type="secondary">
              {phase === 'uploading' ? i.uploading : i.checking}
            </Typography.Text>
          </div>
        )}
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          disabled={!file || done}
          loading={busy && !ready}
          onClick={() => run(true)}
        >
          {i.dryRun}
        </Button>
      </Card>
      {result && (
        <Card size="small" title={`3. ${result.dryRun ? i.resultTitleDry : i.resultTitleDone}`}>
          <ImportResultView result={result} isPhone={isPhone} />
          <Space wrap style={{ marginTop: 12 }}>
            {ready && (
              <Button type="primary" loading={busy} onClick={() => run(false)}>
                {i.confirm}
              </Button>
            )}
            {done && (
              <Link to="/orgs">
                <Button type="primary">{i.goUnits}</Button>
              </Link>
            )}
            <Button onClick={restart} disabled={busy}>
              {done ? i.again : i.chooseAnother}
            </Button>
          </Space>
        </Card>
      )}
    </Flex>
  );
}
