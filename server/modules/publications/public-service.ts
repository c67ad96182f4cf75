import fs from 'node:fs';
import path from 'node:path';
import type { PublicListQuery } from '../../../common/publications.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { findFileById } from '../../platform/files/queries.js';
import { filesRoot } from '../../platform/files/service.js';
import { presentPublicBriefing } from './presenters.js';
import { findPublicBriefing, findPublicBriefings } from './queries/briefings.js';
import { findDefaultTenant, findPublicNews, findPublicNewsById } from './queries/news.js';

/**
 * The 机关党建网站 seen without signing in: only published news and briefings marked public.
 * A deployment may serve several committees; `tenant` picks one, the first by default.
 */
async function tenantOf(deps: Deps, tenant?: number) {
  const row = await findDefaultTenant(deps.db, tenant);
  if (!row) throw notFound();
  return row;
}

export async function site(deps: Deps, tenant?: number) {
  return { committee: (await tenantOf(deps, tenant)).name };
}

export async function listPublicNews(deps: Deps, query: PublicListQuery) {
  const { id } = await tenantOf(deps, query.tenant);
  const { rows, total } = await findPublicNews(deps.db, id, query.page, query.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      hasCover: r.coverFileId !== null,
      publishedAt: r.publishedAt ?? '',
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getPublicNews(deps: Deps, newsId: number, tenant?: number) {
  const { id } = await tenantOf(deps, tenant);
  const row = await findPublicNewsById(deps.db, id, newsId);
  if (!row) throw notFound();
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    // Images of the file store are served to visitors through the news they belong to.
    bodyHtml: row.bodyHtml.replace(
      /src="\/api\/files\/(\d+)"/g,
      `src="/api/public/news/${row.id}/images/$1"`,
    ),
    hasCover: row.coverFileId !== null,
    publishedAt: row.publishedAt ?? '',
  };
}

/** A picture of a published news body (only a file the body itself shows). */
export async function openPublicImage(deps: Deps, newsId: number, fileId: number, tenant?: number) {
  const { id } = await tenantOf(deps, tenant);
  const news = await findPublicNewsById(deps.db, id, newsId);
  if (!news?.bodyHtml.includes(`src="/api/files/${fileId}"`)) throw notFound();
  return openImage(deps, id, fileId);
}

async function openImage(deps: Deps, tenantId: number, fileId: number) {
  const file = await findFileById(deps.db, tenantId, fileId);
  if (!file?.mime.startsWith('image/')) throw notFound();
  const full = path.join(filesRoot(deps), file.storageName);
  if (!fs.existsSync(full)) throw notFound();
  return { file, stream: fs.createReadStream(full) };
}

export async function openPublicCover(deps: Deps, newsId: number, tenant?: number) {
  const { id } = await tenantOf(deps, tenant);
  const news = await findPublicNewsById(deps.db, id, newsId);
  if (!news?.coverFileId) throw notFound();
  return openImage(deps, id, news.coverFileId);
}

export async function listPublicBriefings(deps: Deps, query: PublicListQuery) {
  const { id } = await tenantOf(deps, query.tenant);
  const { rows, total } = await findPublicBriefings(deps.db, id, query.page, query.pageSize);
  return {
    items: rows.map((r) => {
      const { editorNote: _n, articles: _a, ...summary } = presentPublicBriefing(r);
      return summary;
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getPublicBriefing(deps: Deps, briefingId: number, tenant?: number) {
  const { id } = await tenantOf(deps, tenant);
  const row = await findPublicBriefing(deps.db, id, briefingId);
  if (!row) throw notFound();
  return presentPublicBriefing(row);
}
