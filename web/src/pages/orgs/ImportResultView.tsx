import { Alert, Table, type TableColumnsType } from 'antd';
import type { ImportResult, ImportRowError } from '../../../../common/orgs.js';
import { t } from './shared.js';

const i = t.import;

/** The counts of an import (new / updated / unchanged × units / party orgs) and its row errors. */
export default function ImportResultView({ result, isPhone }: { result: ImportResult; isPhone: boolean }) {
  const counts = [
    { key: 'units', what: i.unitsRow },
    { key: 'partyOrgs', what: i.partyOrgsRow },
  ] as const;
  const countRows = counts.map((c) => ({
    key: c.key,
    what: c.what,
    created: result.created[c.key],
    updated: result.updated[c.key],
    unchanged: result.unchanged[c.key],
  }));
  const changes =
    result.created.units + result.created.partyOrgs + result.updated.units + result.updated.partyOrgs;
  const errorColumns: TableColumnsType<ImportRowError & { key: number }> = [
    { title: i.errSheet, dataIndex: 'sheet', width: isPhone ? 64 : 100 },
    { title: i.errRow, dataIndex: 'row', width: isPhone ? 56 : 80, align: 'right' },
    { title: i.errColumn, dataIndex: 'column', width: isPhone ? 80 : 140, render: (v) => v || i.wholeRow },
    { title: i.errMessage, dataIndex: 'message' },
  ];

  let banner: { type: 'error' | 'success' | 'info'; text: string };
  if (result.errors.length) banner = { type: 'error', text: i.hasErrors(result.errors.length) };
  else if (!result.dryRun) banner = { type: 'success', text: i.done };
  else if (changes === 0) banner = { type: 'info', text: i.nothingToDo };
  else banner = { type: 'success', text: i.noErrors };

  return (
    <div data-testid="import-result">
      <Alert type={banner.type} showIcon title={banner.text} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        pagination={false}
        dataSource={countRows}
        columns={[
          { title: i.what, dataIndex: 'what' },
          { title: i.created, dataIndex: 'created', align: 'right' },
          { title: i.updated, dataIndex: 'updated', align: 'right' },
          { title: i.unchanged, dataIndex: 'unchanged', align: 'right' },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="import-counts"
      />
      {result.errors.length > 0 && (
        <Table
          size="small"
          data-testid="import-errors"
          dataSource={result.errors.map((e, key) => ({ ...e, key }))}
          columns={errorColumns}
          pagination={result.errors.length > 50 ? { pageSize: 50, size: 'small' } : false}
        />
      )}
    </div>
  );
}
