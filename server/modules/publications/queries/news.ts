import type { Insertable, Updateable } from 'kysely';
import type { NewsListQuery } from '../../../../common/publications.js';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import '../../learning/tables.js';
import type { NewsTable } from '../tables.js';

export async function findNews(db: Executor, tenantId: number, query: NewsListQuery, publishedOnly: boolean) {
  let base = db.selectFrom('news').where('tenantId', '=', tenantId);
  if (publishedOnly) base = base.where('status', '=', 'published');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.q) base = base.where('title', 'like', `%${query.q}%`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(query.sort === 'publishedAt' ? 'publishedAt' : 'id', query.order)
    .orderBy('id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findNewsById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('news')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertNews(db: Executor, row: Insertable<NewsTable>) {
  return (await db.insertInto('news').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateNews(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<NewsTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('news')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteNews(db: Executor, id: number) {
  await db.deleteFrom('news').where('id', '=', id).execute();
}

/** The title of the activity a news post reports on (null when it does not exist in the tenant). */
export async function findLinkTitle(db: Executor, tenantId: number, type: string, id: number) {
  switch (type) {
    case 'studyDay': {
      const r = await db
        .selectFrom('studyDays')
        .select(['theme', 'heldOn'])
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? `${r.heldOn} ${r.theme}` : null;
    }
    case 'studyMaterial': {
      const r = await db
        .selectFrom('studyMaterials')
        .select('title')
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.title ?? null;
    }
    case 'readingActivity': {
      const r = await db
        .selectFrom('readingActivities')
        .select('title')
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.title ?? null;
    }
    case 'briefing': {
      const r = await db
        .selectFrom('briefings')
        .select('title')
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.title ?? null;
    }
    default:
      return null;
  }
}

// ---- public site -------------------------------------------------------------------------------

export async function findPublicNews(db: Executor, tenantId: number, page: number, pageSize: number) {
  const base = db.selectFrom('news').where('tenantId', '=', tenantId).where('status', '=', 'published');
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['id', 'title', 'summary', 'coverFileId', 'publishedAt'])
    .orderBy('publishedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findPublicNewsById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('news')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export function findDefaultTenant(db: Executor, tenantId?: number) {
  let q = db.selectFrom('tenants').select(['id', 'name']);
  if (tenantId) q = q.where('id', '=', tenantId);
  return q.orderBy('id').limit(1).executeTakeFirst();
}
