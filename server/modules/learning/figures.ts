import type { Executor } from '../../db/connection.js';
import { coverageOf } from './activities-service.js';
import * as q from './queries/figures.js';

/**
 * Figures of 学习型党组织 for the reports module (the half-year summary): each is counted from the
 * records of a tenant in a period (inclusive YYYY-MM-DD bounds) and returns the ids it counted,
 * so that every number in a summary can be traced back to its records.
 */

/** 举办党务干部学习日 N 期. */
export async function studyDaysHeld(db: Executor, tenantId: number, from: string, to: string) {
  const rows = await q.findStudyDaysBetween(db, tenantId, from, to);
  return { count: rows.length, ids: rows.map((r) => r.id), days: rows };
}

/** 赠送 N 本书 (distinct titles given at the study days of the period), with the titles in order. */
export async function booksGiven(db: Executor, tenantId: number, from: string, to: string) {
  const gifts = await q.findGiftsBetween(db, tenantId, from, to);
  const books = new Map<number, { id: number; title: string; copies: number }>();
  for (const g of gifts) {
    const b = books.get(g.bookId) ?? { id: g.bookId, title: g.title, copies: 0 };
    b.copies += g.copies;
    books.set(g.bookId, b);
  }
  return {
    count: books.size,
    books: [...books.values()],
    ids: [...books.keys()],
    giftIds: gifts.map((g) => g.id),
    studyDayIds: [...new Set(gifts.map((g) => g.studyDayId))],
  };
}

/** Reading-activity coverage: units that reported (and those that did not), activities by type. */
export async function readingActivityCoverage(db: Executor, tenantId: number, from: string, to: string) {
  const units = await q.findTenantUnits(db, tenantId);
  const acts = await q.findActivitiesBetween(db, tenantId, from, to);
  const matrix = coverageOf(units, acts, from, to);
  const byType: Record<string, number> = {};
  for (const a of acts) byType[a.type] = (byType[a.type] ?? 0) + 1;
  return {
    unitsTotal: matrix.unitsTotal,
    unitsReported: matrix.unitsReported,
    activitiesTotal: acts.length,
    byType,
    ids: acts.map((a) => a.id),
    reportedUnitIds: matrix.rows.filter((r) => r.total > 0).map((r) => r.unitId),
    silentUnitIds: matrix.rows.filter((r) => r.total === 0).map((r) => r.unitId),
  };
}
