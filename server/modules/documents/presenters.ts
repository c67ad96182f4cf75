import type {
  Block,
  DocKind,
  DocStatus,
  DocumentDetail,
  DocumentSummary,
  TargetMode,
} from '../../../common/documents.js';
import type { FileMeta } from '../../platform/files/service.js';
import type { DocumentTable } from './tables.js';

interface SummaryRow {
  id: number;
  kind: string;
  status: string;
  docNumber: string | null;
  title: string;
  writtenOn: string;
  issuedAt: string | null;
  version: number;
  recipientCount: number | string | null;
  readCount: number | string | null;
  taskCount: number | string | null;
  readAt: string | null;
}

export function presentSummary(row: SummaryRow, showOwnRead: boolean): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind as DocKind,
    status: row.status as DocStatus,
    docNumber: row.docNumber,
    title: row.title,
    writtenOn: row.writtenOn,
    issuedAt: row.issuedAt,
    recipientCount: Number(row.recipientCount ?? 0),
    readCount: Number(row.readCount ?? 0),
    taskCount: Number(row.taskCount ?? 0),
    readAt: showOwnRead ? row.readAt : null,
    version: row.version,
  };
}

type FullRow = Omit<DocumentTable, 'id' | 'version'> & { id: number; version: number };

export function presentDetail(summary: DocumentSummary, row: FullRow, files: FileMeta[]): DocumentDetail {
  return {
    ...summary,
    orgCode: row.orgCode,
    recipientsText: row.recipientsText,
    blocks: JSON.parse(row.blocks) as Block[],
    attachmentNotes: JSON.parse(row.attachmentNotes) as string[],
    files,
    signature: row.signature,
    copyTo: row.copyTo,
    target: {
      mode: row.targetMode as TargetMode,
      areaId: row.targetAreaId,
      category: row.targetCategory,
      unitIds: JSON.parse(row.targetUnitIds) as number[],
    },
  };
}
