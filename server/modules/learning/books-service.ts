import type { z } from 'zod';
import type { BookListQuery, bookInput, bookUpdate, readingListInput } from '../../../common/learning.js';
import { zh } from '../../../common/locale/index.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import * as q from './queries/books.js';
import { canManage } from './rules.js';

const t = zh.learning;

export async function listBooks(deps: Deps, ctx: RequestContext, query: BookListQuery) {
  const { rows, total } = await q.findBooks(deps.db, ctx.user.tenantId, query);
  return {
    items: rows.map((r) => ({ ...r, giftCount: Number(r.giftCount ?? 0) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function createBook(deps: Deps, ctx: RequestContext, input: z.infer<typeof bookInput>) {
  return mutate(deps.db, ctx, 'learning.book.create', async (trx, audit) => {
    const now = clock.nowIso();
    const id = await q.insertBook(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'book', objectId: id, detail: input });
    return { id };
  });
}

export function updateBook(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof bookUpdate>) {
  return mutate(deps.db, ctx, 'learning.book.update', async (trx, audit) => {
    if (!(await q.findBookById(trx, ctx.user.tenantId, id))) throw notFound();
    const { version, ...values } = input;
    if (!(await q.updateBook(trx, id, version, { ...values, updatedAt: clock.nowIso() }))) throw conflict();
    Object.assign(audit, { objectType: 'book', objectId: id, detail: values });
    return { id };
  });
}

export function deleteBook(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'learning.book.delete', async (trx, audit) => {
    const book = await q.findBookById(trx, ctx.user.tenantId, id);
    if (!book) throw notFound();
    if (await q.bookIsUsed(trx, id)) throw conflict(t.bookInUse);
    await q.deleteBook(trx, id);
    Object.assign(audit, { objectType: 'book', objectId: id, detail: { title: book.title } });
  });
}

// ---- 荐读书目 ------------------------------------------------------------------------------------

/** Years with a list; units and area leaders see only published ones. */
export async function listReadingLists(deps: Deps, ctx: RequestContext) {
  const rows = await q.findReadingListYears(deps.db, ctx.user.tenantId, !canManage(ctx));
  return rows.map((r) => ({ year: r.year, title: r.title, published: r.published === 1 }));
}

export async function getReadingList(deps: Deps, ctx: RequestContext, year: number) {
  const list = await q.findReadingList(deps.db, ctx.user.tenantId, year);
  if (!list || (list.published !== 1 && !canManage(ctx))) throw notFound();
  const items = await q.findReadingListItems(deps.db, list.id);
  return {
    year: list.year,
    title: list.title,
    intro: list.intro,
    published: list.published === 1,
    items,
    version: list.version,
  };
}

/** Creates (version 0) or replaces the list of a year. */
export function saveReadingList(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  input: z.infer<typeof readingListInput>,
) {
  return mutate(deps.db, ctx, 'learning.readingList.save', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    const bookIds = input.items.map((i) => i.bookId);
    if (new Set(bookIds).size !== bookIds.length) throw fieldError('items', t.duplicateBook);
    const known = await q.findBookIdsIn(trx, tenantId, bookIds);
    const missing = input.items.findIndex((i) => !known.has(i.bookId));
    if (missing >= 0) throw fieldError(`items.${missing}.bookId`, t.bookNotFound);
    const now = clock.nowIso();
    const values = {
      title: input.title,
      intro: input.intro,
      published: input.published ? 1 : 0,
      updatedAt: now,
    };
    const current = await q.findReadingList(trx, tenantId, year);
    let id: number;
    if (!current) {
      if (input.version !== 0) throw conflict();
      id = await q.insertReadingList(trx, { tenantId, year, ...values, createdAt: now });
    } else {
      if (!(await q.updateReadingList(trx, current.id, input.version, values))) throw conflict();
      id = current.id;
    }
    await q.replaceReadingListItems(
      trx,
      id,
      input.items.map((item, sort) => ({ tenantId, bookId: item.bookId, note: item.note, sort })),
    );
    Object.assign(audit, { objectType: 'readingList', objectId: id, detail: { year, ...input } });
    return { id };
  });
}
