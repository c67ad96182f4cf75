import type { Id, Instant } from '../../db/schema.js';

export interface ExportJobTable {
  id: Id;
  tenantId: number;
  userId: number;
  kind: string;
  params: string;
  status: string;
  doneRows: number;
  totalRows: number | null;
  fileId: number | null;
  fileName: string | null;
  error: string | null;
  runner: string | null;
  heartbeatAt: Instant | null;
  createdAt: Instant;
  finishedAt: Instant | null;
}

declare module '../../db/schema.js' {
  interface Database {
    exportJobs: ExportJobTable;
  }
}
