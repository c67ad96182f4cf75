import type { z } from 'zod';
import type { ExportKind } from '../../../common/exports.js';
import type { Action } from '../../../common/permissions.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import type { ExportProgress } from './progress.js';

/** What a finished export hands back: the file and how many rows it holds. */
export interface ExportOutput {
  buffer: Buffer;
  fileName: string;
  contentType: string;
  rows: number;
}

/**
 * One kind of export job. `action` is the permission the caller needs (checked against the caller
 * when the job is started; the builder then runs with that action's data scope), `params` the
 * filters it accepts, `build` makes the file and calls `progress` as it adds rows.
 */
export interface ExportKindDef<P = unknown> {
  key: ExportKind;
  action: Action;
  params: z.ZodType<P>;
  build(deps: Deps, ctx: RequestContext, params: P, progress: ExportProgress): Promise<ExportOutput>;
}

const kinds = new Map<ExportKind, ExportKindDef>();

export function registerExportKind<P>(kind: ExportKindDef<P>) {
  kinds.set(kind.key, kind as unknown as ExportKindDef);
}

export function exportKind(key: ExportKind): ExportKindDef | undefined {
  return kinds.get(key);
}
