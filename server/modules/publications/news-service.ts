import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import type { NewsListQuery, newsInput, newsUpdate } from '../../../common/publications.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { findFilesByIds } from '../../platform/files/queries.js';
import { assertFilesUsable, attachFiles, registerFileOwner } from '../../platform/files/service.js';
import { presentNews } from './presenters.js';
import * as q from './queries/news.js';
import { seesDrafts } from './rules.js';
import { sanitizeNewsBody } from './sanitize.js';

const t = zh.publications;
export const COVER_FILES = 'newsCover';

registerFileOwner(COVER_FILES, async (deps, ctx, ownerId) => {
  const row = await q.findNewsById(deps.db, ctx.user.tenantId, ownerId);
  return !!row && (row.status === 'published' || seesDrafts(ctx));
});

export async function listNews(deps: Deps, ctx: RequestContext, query: NewsListQuery) {
  const { rows, total } = await q.findNews(deps.db, ctx.user.tenantId, query, !seesDrafts(ctx));
  const items = [];
  for (const r of rows)
    items.push(
      presentNews(
        r,
        r.linkType && r.linkId ? await q.findLinkTitle(deps.db, r.tenantId, r.linkType, r.linkId) : null,
      ),
    );
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getNews(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findNewsById(deps.db, ctx.user.tenantId, id);
  if (!row || (row.status !== 'published' && !seesDrafts(ctx))) throw notFound();
  const link =
    row.linkType && row.linkId
      ? await q.findLinkTitle(deps.db, row.tenantId, row.linkType, row.linkId)
      : null;
  return presentNews(row, link);
}

type Input = z.infer<typeof newsInput>;

async function checkNewsInput(trx: Executor, ctx: RequestContext, input: Input, selfId?: number) {
  if (
    input.linkType &&
    input.linkId &&
    !(await q.findLinkTitle(trx, ctx.user.tenantId, input.linkType, input.linkId))
  )
    throw fieldError('linkId', t.linkNotFound);
  if (input.coverFileId) {
    await assertFilesUsable(
      trx,
      ctx,
      [input.coverFileId],
      selfId ? { type: COVER_FILES, id: selfId } : undefined,
    );
    const [file] = await findFilesByIds(trx, ctx.user.tenantId, [input.coverFileId]);
    if (!file?.mime.startsWith('image/')) throw fieldError('coverFileId', t.coverNotImage);
  }
}

function newsValues(input: Input) {
  return {
    title: input.title,
    summary: input.summary,
    bodyHtml: sanitizeNewsBody(input.bodyHtml),
    coverFileId: input.coverFileId,
    linkType: input.linkType,
    linkId: input.linkId,
  };
}

export function createNews(deps: Deps, ctx: RequestContext, input: Input) {
  return mutate(deps.db, ctx, 'publications.news.create', async (trx, audit) => {
    await checkNewsInput(trx, ctx, input);
    const now = clock.nowIso();
    const id = await q.insertNews(trx, {
      tenantId: ctx.user.tenantId,
      ...newsValues(input),
      status: 'draft',
      publishedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    if (input.coverFileId) await attachFiles(trx, [input.coverFileId], COVER_FILES, id);
    Object.assign(audit, { objectType: 'news', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

export function updateNews(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof newsUpdate>) {
  return mutate(deps.db, ctx, 'publications.news.update', async (trx, audit) => {
    const row = await q.findNewsById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'draft') throw conflict(t.newsPublished);
    await checkNewsInput(trx, ctx, input, id);
    if (!(await q.updateNews(trx, id, input.version, { ...newsValues(input), updatedAt: clock.nowIso() })))
      throw conflict();
    if (input.coverFileId) await attachFiles(trx, [input.coverFileId], COVER_FILES, id);
    Object.assign(audit, { objectType: 'news', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

/** 发布 / 撤回: a published post is on the public site at once. */
export function setNewsPublished(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  version: number,
  publish: boolean,
) {
  return mutate(
    deps.db,
    ctx,
    publish ? 'publications.news.publish' : 'publications.news.unpublish',
    async (trx, audit) => {
      const row = await q.findNewsById(trx, ctx.user.tenantId, id);
      if (!row) throw notFound();
      if (row.status !== (publish ? 'draft' : 'published'))
        throw conflict(publish ? t.notDraft : t.notPublished);
      const now = clock.nowIso();
      const ok = await q.updateNews(trx, id, version, {
        status: publish ? 'published' : 'draft',
        publishedAt: publish ? now : null,
        updatedAt: now,
      });
      if (!ok) throw conflict();
      Object.assign(audit, { objectType: 'news', objectId: id, detail: { title: row.title } });
      return { id };
    },
  );
}

export function deleteNews(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'publications.news.delete', async (trx, audit) => {
    const row = await q.findNewsById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'draft') throw conflict(t.newsPublished);
    await q.deleteNews(trx, id);
    Object.assign(audit, { objectType: 'news', objectId: id, detail: { title: row.title } });
  });
}
