import type { ExportKind } from '../../../common/exports.js';
import type { Config } from '../../config.js';
import type { RequestContext } from '../context.js';
import { AppError, type FieldError } from '../errors.js';

/**
 * What the runner and an export worker say to each other. Everything here is plain data (it crosses
 * the thread boundary by structured clone); the finished file travels as a transferred ArrayBuffer.
 */

/** The worker's `workerData`: one job to build. */
export interface WorkerJob {
  jobId: number;
  kind: ExportKind;
  /** The caller, with the data scope of the kind's action already set. */
  ctx: RequestContext;
  params: unknown;
  config: Config;
  /** Least time between two progress messages (the runner's own write throttle). */
  progressEveryMs: number;
  /** How far the parent's clock is from the system clock (tests move it; 0 in production). */
  clockOffsetMs: number;
}

/** An error as it crosses the boundary: an AppError keeps its status, code and message. */
export type WireError =
  | { app: true; statusCode: number; code: string; message: string; fields: FieldError[] }
  | { app: false; name: string; message: string; stack: string | undefined };

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      bytes: ArrayBuffer;
      fileName: string;
      contentType: string;
      rows: number;
    }
  | { type: 'failed'; error: WireError };

export function toWire(error: unknown): WireError {
  if (error instanceof AppError)
    return {
      app: true,
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      fields: error.fields,
    };
  if (error instanceof Error)
    return { app: false, name: error.name, message: error.message, stack: error.stack };
  return { app: false, name: 'Error', message: String(error), stack: undefined };
}

/** Back to an error the runner already knows how to report (an AppError, or the original stack). */
export function fromWire(wire: WireError): Error {
  if (wire.app) return new AppError(wire.statusCode, wire.code, wire.message, wire.fields);
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/**
 * The bytes of a Buffer as an ArrayBuffer that can be transferred (moved, not copied): the
 * Buffer's own store when the Buffer spans all of it — as a workbook's does — otherwise a copy
 * (a small Buffer carved from Node's shared pool must never be transferred).
 */
export function transferable(buffer: Buffer): ArrayBuffer {
  const store = buffer.buffer;
  if (store instanceof ArrayBuffer && buffer.byteOffset === 0 && buffer.byteLength === store.byteLength)
    return store;
  return new Uint8Array(buffer).buffer as ArrayBuffer;
}
