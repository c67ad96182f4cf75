import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { badRequest, notFound } from '../errors.js';
import { ACCEPTED_EXTENSIONS, detectType, extensionOf, IMAGE_LIMITS, imageTooLarge } from './file-types.js';
import * as q from './queries.js';

export interface FileMeta {
  id: number;
  originalName: string;
  size: number;
  mime: string;
  createdAt: string;
}

export const presentFile = (row: FileMeta): FileMeta => ({
  id: row.id,
  originalName: row.originalName,
  size: row.size,
  mime: row.mime,
  createdAt: row.createdAt,
});

/**
 * Who may read the files attached to a record is the owning module's decision: each module
 * registers a checker for its owner type (e.g. 'problem' → can the caller see that problem?).
 */
type OwnerAccess = (deps: Deps, ctx: RequestContext, ownerId: number) => Promise<boolean>;
const ownerAccess = new Map<string, OwnerAccess>();
export function registerFileOwner(ownerType: string, check: OwnerAccess) {
  ownerAccess.set(ownerType, check);
}

export function filesRoot(deps: Deps) {
  return path.join(deps.config.dataDir, 'files');
}

/** Clean a client-supplied name for display and Content-Disposition (never used as a path). */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').slice(0, 200) || 'file';
}

/**
 * Stores an upload: the type must be accepted by extension AND magic bytes; the bytes are written
 * and fsync'ed under a server-generated name outside the web root before the row is committed, so an
 * acknowledged upload is durable; a crash in between leaves only an orphan that the start-up sweep removes.
 */
export async function saveUpload(
  deps: Deps,
  ctx: RequestContext,
  upload: { filename: string; data: Buffer },
): Promise<FileMeta> {
  const originalName = cleanName(upload.filename);
  if (upload.data.length === 0)
    throw badRequest(zh.files.empty, [{ field: 'file', message: zh.files.empty }]);
  const mime = detectType(originalName, upload.data.subarray(0, 4096));
  if (!mime) {
    const message = zh.files.badType(ACCEPTED_EXTENSIONS.join('、'));
    throw badRequest(message, [{ field: 'file', message }]);
  }
  if (imageTooLarge(extensionOf(originalName), upload.data)) {
    const message = zh.files.imageTooLarge(IMAGE_LIMITS.maxSide, IMAGE_LIMITS.maxPixels / 1_000_000);
    throw badRequest(message, [{ field: 'file', message }]);
  }
  const now = clock.now();
  const storageName = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
  const target = path.join(filesRoot(deps), storageName);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const handle = await fs.promises.open(target, 'wx', 0o600);
  try {
    await handle.writeFile(upload.data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    return await mutate(deps.db, ctx, 'files.upload', async (trx, audit) => {
      const row = {
        tenantId: ctx.user.tenantId,
        unitId: ctx.user.unitId,
        ownerType: null,
        ownerId: null,
        originalName,
        storageName,
        mime,
        size: upload.data.length,
        sha256: createHash('sha256').update(upload.data).digest('hex'),
        uploadedBy: ctx.user.id,
        createdAt: now.toISOString(),
      };
      const id = await q.insertFile(trx, row);
      Object.assign(audit, {
        objectType: 'file',
        objectId: id,
        detail: { originalName, size: row.size, mime },
      });
      return presentFile({ id, ...row });
    });
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    throw error;
  }
}

/**
 * Checks, inside a module's transaction, that the caller may attach these files to the record:
 * each belongs to the tenant and is either the caller's own unattached upload or already
 * attached to this very record.
 */
export async function assertFilesUsable(
  db: Executor,
  ctx: RequestContext,
  ids: number[],
  owner?: { type: string; id: number },
) {
  const unique = [...new Set(ids)];
  const rows = await q.findFilesByIds(db, ctx.user.tenantId, unique);
  const usable = rows.filter(
    (f) =>
      (f.ownerType === null && f.uploadedBy === ctx.user.id) ||
      (owner && f.ownerType === owner.type && f.ownerId === owner.id),
  );
  if (usable.length !== unique.length)
    throw badRequest(zh.files.notUsable, [{ field: 'fileIds', message: zh.files.notUsable }]);
}

export function attachFiles(db: Executor, ids: number[], ownerType: string, ownerId: number) {
  return q.setFileOwner(db, [...new Set(ids)], ownerType, ownerId);
}

export async function filesOf(db: Executor, tenantId: number, ownerType: string, ownerIds: number[]) {
  const rows = await q.findFilesOfOwners(db, tenantId, ownerType, ownerIds);
  const byOwner = new Map<number, FileMeta[]>();
  for (const row of rows) byOwner.set(row.ownerId!, [...(byOwner.get(row.ownerId!) ?? []), presentFile(row)]);
  return byOwner;
}

/** Resolves a download: the caller must reach the owning record (or have uploaded an unattached file). */
export async function openDownload(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findFileById(deps.db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (row.ownerType === null) {
    if (row.uploadedBy !== ctx.user.id) throw notFound();
  } else {
    const check = ownerAccess.get(row.ownerType);
    if (!check || !(row.ownerId !== null && (await check(deps, ctx, row.ownerId)))) throw notFound();
  }
  const file = path.join(filesRoot(deps), row.storageName);
  if (!fs.existsSync(file)) throw notFound();
  return { row, stream: fs.createReadStream(file) };
}

/** At start-up: removes stored files that no committed row refers to (left by a crash mid-upload). */
export async function sweepOrphanFiles(deps: Deps, olderThan: Date): Promise<number> {
  const root = filesRoot(deps);
  if (!fs.existsSync(root)) return 0;
  const known = await q.allStorageNames(deps.db);
  let removed = 0;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const storageName = path.relative(root, full).split(path.sep).join('/');
    if (!known.has(storageName) && fs.statSync(full).mtime < olderThan) {
      fs.rmSync(full, { force: true });
      removed += 1;
    }
  }
  return removed;
}
