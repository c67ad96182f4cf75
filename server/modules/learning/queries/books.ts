import type { Insertable, Updateable } from 'kysely';
import type { BookListQuery } from '../../../../common/learning.js';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import type { BookTable, ReadingListItemTable, ReadingListTable } from '../tables.js';

export async function findBooks(db: Executor, tenantId: number, query: BookListQuery) {
  let base = db.selectFrom('books').where('books.tenantId', '=', tenantId);
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) => eb.or([eb('books.title', 'like', like), eb('books.author', 'like', like)]));
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select((eb) => [
      'books.id',
      'books.title',
      'books.author',
      'books.publisher',
      'books.isbn',
      'books.version',
      eb
        .selectFrom('bookGifts')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('bookGifts.bookId', '=', 'books.id')
        .as('giftCount'),
    ])
    .orderBy(query.sort === 'title' ? 'books.title' : 'books.id', query.order)
    .orderBy('books.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findBookById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('books')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findBookIdsIn(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return new Set<number>();
  const rows = await db
    .selectFrom('books')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertBook(db: Executor, row: Insertable<BookTable>) {
  return (await db.insertInto('books').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBook(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<BookTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('books')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function bookIsUsed(db: Executor, id: number) {
  const gift = await db.selectFrom('bookGifts').select('id').where('bookId', '=', id).executeTakeFirst();
  const item = await db
    .selectFrom('readingListItems')
    .select('id')
    .where('bookId', '=', id)
    .executeTakeFirst();
  return Boolean(gift || item);
}

export async function deleteBook(db: Executor, id: number) {
  await db.deleteFrom('books').where('id', '=', id).execute();
}

// ---- reading lists (荐读书目) ----------------------------------------------------------------

export function findReadingList(db: Executor, tenantId: number, year: number) {
  return db
    .selectFrom('readingLists')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export function findReadingListYears(db: Executor, tenantId: number, publishedOnly: boolean) {
  let q = db
    .selectFrom('readingLists')
    .select(['year', 'title', 'published'])
    .where('tenantId', '=', tenantId);
  if (publishedOnly) q = q.where('published', '=', 1);
  return q.orderBy('year', 'desc').execute();
}

export function findReadingListItems(db: Executor, readingListId: number) {
  return db
    .selectFrom('readingListItems')
    .innerJoin('books', 'books.id', 'readingListItems.bookId')
    .select([
      'readingListItems.bookId',
      'books.title',
      'books.author',
      'books.publisher',
      'readingListItems.note',
    ])
    .where('readingListItems.readingListId', '=', readingListId)
    .orderBy('readingListItems.sort')
    .execute();
}

export async function insertReadingList(db: Executor, row: Insertable<ReadingListTable>) {
  return (await db.insertInto('readingLists').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateReadingList(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<ReadingListTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('readingLists')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceReadingListItems(
  db: Executor,
  readingListId: number,
  rows: Omit<Insertable<ReadingListItemTable>, 'readingListId'>[],
) {
  await db.deleteFrom('readingListItems').where('readingListId', '=', readingListId).execute();
  if (rows.length)
    await db
      .insertInto('readingListItems')
      .values(rows.map((r) => ({ ...r, readingListId })))
      .execute();
}
