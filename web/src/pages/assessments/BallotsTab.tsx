import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, InputNumber, List, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { SchemeDetail } from '../../../../common/assessments.js';
import { api, download } from '../../api.js';
import { A, W } from './shared.js';

type Counts = { satisfied: number; basic: number; unsatisfied: number; unknown: number };
const KEYS = ['satisfied', 'basic', 'unsatisfied', 'unknown'] as const;

/** Ballot counts per unit, entered in bulk and saved at once (all rows or none). */
export default function BallotsTab({ scheme }: { scheme: SchemeDetail }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const ballots = useQuery({
    queryKey: ['assessment-ballots', scheme.id],
    queryFn: () => api.get<(Counts & { unitId: number })[]>(`/api/assessments/schemes/${scheme.id}/ballots`),
  });
  const [rows, setRows] = useState<Record<number, Counts>>({});
  const [busy, setBusy] = useState(false);
  const [importErrors, setImportErrors] = useState<{ row: number; column: string; message: string }[]>([]);
  const importFile = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    setBusy(true);
    try {
      const r = await api.post<{ saved: number; errors: typeof importErrors }>(
        `/api/assessments/schemes/${scheme.id}/ballots/import`,
        body,
      );
      setImportErrors(r.errors);
      if (r.errors.length) message.error(A.ballotImport.failed(r.errors.length));
      else {
        message.success(A.ballotImport.done(r.saved));
        await client.invalidateQueries({ queryKey: ['assessment-ballots', scheme.id] });
      }
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
    return false;
  };
  useEffect(() => {
    if (ballots.data) setRows(Object.fromEntries(ballots.data.map(({ unitId, ...c }) => [unitId, c])));
  }, [ballots.data]);
  const set = (unitId: number, key: keyof Counts, v: number | null) =>
    setRows((r) => ({
      ...r,
      [unitId]: { ...{ satisfied: 0, basic: 0, unsatisfied: 0, unknown: 0 }, ...r[unitId], [key]: v ?? 0 },
    }));
  const save = async () => {
    const items = Object.entries(rows).map(([unitId, c]) => ({ unitId: Number(unitId), ...c }));
    if (!items.length) return;
    setBusy(true);
    try {
      await api.put(`/api/assessments/schemes/${scheme.id}/ballots`, { items });
      message.success('已保存');
      await client.invalidateQueries({ queryKey: ['assessment-ballots', scheme.id] });
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const editable = scheme.status === 'scoring';
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {W.ballotsHint} {W.ballotValues(scheme.ballotValues, scheme.ballotWeight)}
        </Typography.Text>
        {editable && (
          <Flex gap={8} wrap>
            <Button
              type="link"
              onClick={() =>
                download(`/api/assessments/schemes/${scheme.id}/ballots/template`).catch((e: Error) =>
                  message.error(e.message),
                )
              }
            >
              {A.ballotImport.templateLink}
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={importFile}>
              <Button loading={busy} title={W.importHint}>
                {W.importBallots}
              </Button>
            </Upload>
            <Button type="primary" loading={busy} onClick={save}>
              {W.saveBallots}
            </Button>
          </Flex>
        )}
      </Flex>
      {importErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={A.ballotImport.failed(importErrors.length)}
          description={
            <List
              size="small"
              dataSource={importErrors}
              renderItem={(e) => (
                <List.Item>
                  第{e.row}行{e.column ? `「${e.column}」` : ''}：{e.message}
                </List.Item>
              )}
            />
          }
        />
      )}
      {editable && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {W.importHint}
        </Typography.Paragraph>
      )}
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={scheme.status === 'draft' ? W.draftHint : W.lockedHint}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table
        rowKey="unitId"
        size="small"
        loading={ballots.isLoading}
        dataSource={scheme.units}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 560 }}
        columns={[
          { title: W.unit, dataIndex: 'name', fixed: 'left', width: 180 },
          ...KEYS.map((k) => ({
            title: A.ballotLabels[k],
            width: 95,
            render: (_: unknown, u: { unitId: number }) => (
              <InputNumber
                size="small"
                min={0}
                max={100000}
                precision={0}
                disabled={!editable}
                aria-label={`${A.ballotLabels[k]}`}
                value={rows[u.unitId]?.[k]}
                onChange={(v) => set(u.unitId, k, v)}
                style={{ width: 80 }}
              />
            ),
          })),
        ]}
      />
    </>
  );
}
