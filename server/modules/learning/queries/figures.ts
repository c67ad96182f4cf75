import type { Executor } from '../../../db/connection.js';
import '../tables.js';

export function findStudyDaysBetween(db: Executor, tenantId: number, from: string, to: string) {
  return db
    .selectFrom('studyDays')
    .select(['id', 'heldOn', 'theme'])
    .where('tenantId', '=', tenantId)
    .where('heldOn', '>=', from)
    .where('heldOn', '<=', to)
    .orderBy('heldOn')
    .orderBy('id')
    .execute();
}

export function findGiftsBetween(db: Executor, tenantId: number, from: string, to: string) {
  return db
    .selectFrom('bookGifts')
    .innerJoin('studyDays', 'studyDays.id', 'bookGifts.studyDayId')
    .innerJoin('books', 'books.id', 'bookGifts.bookId')
    .select([
      'bookGifts.id',
      'bookGifts.bookId',
      'books.title',
      'bookGifts.copies',
      'studyDays.id as studyDayId',
    ])
    .where('bookGifts.tenantId', '=', tenantId)
    .where('studyDays.heldOn', '>=', from)
    .where('studyDays.heldOn', '<=', to)
    .orderBy('studyDays.heldOn')
    .orderBy('bookGifts.sort')
    .orderBy('bookGifts.id')
    .execute();
}

export function findTenantUnits(db: Executor, tenantId: number) {
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select(['units.id', 'units.name', 'areas.name as areaName'])
    .where('units.tenantId', '=', tenantId)
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}

export function findActivitiesBetween(db: Executor, tenantId: number, from: string, to: string) {
  return db
    .selectFrom('readingActivities')
    .select(['id', 'unitId', 'type'])
    .where('tenantId', '=', tenantId)
    .where('heldOn', '>=', from)
    .where('heldOn', '<=', to)
    .orderBy('id')
    .execute();
}
