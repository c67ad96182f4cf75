import type { ReadingActivityType, StudyDay, StudyMaterial } from '../../../common/learning.js';
import type { FileMeta } from '../../platform/files/service.js';

type Counts = { invitedCount: number; presentCount: number; absentCount: number };

export function presentStudyDaySummary(
  row: { id: number; heldOn: string; theme: string; speakers: string | null; version: number },
  counts: Counts | undefined,
  books: string[],
) {
  return {
    id: row.id,
    heldOn: row.heldOn,
    theme: row.theme,
    lecturers: row.speakers,
    invitedCount: counts?.invitedCount ?? 0,
    presentCount: counts?.presentCount ?? 0,
    absentCount: counts?.absentCount ?? 0,
    books,
    version: row.version,
  };
}

export function presentStudyDay(
  row: {
    id: number;
    heldOn: string;
    theme: string;
    speakers: string | null;
    guide: string | null;
    version: number;
  },
  counts: Counts | undefined,
  attendance: {
    unitId: number;
    unitName: string;
    status: string;
    attendee: string | null;
    reason: string | null;
  }[],
  gifts: {
    id: number;
    bookId: number;
    bookTitle: string;
    copies: number;
    recipient: string;
    unitId: number | null;
    unitName: string | null;
  }[],
  attendees: { unitId: number; name: string }[],
): StudyDay {
  const names = new Map<number, string[]>();
  for (const a of attendees) names.set(a.unitId, [...(names.get(a.unitId) ?? []), a.name]);
  return {
    ...presentStudyDaySummary(row, counts, uniqueTitles(gifts)),
    guide: row.guide,
    attendeeCount: attendees.length,
    attendance: attendance.map((a) => ({
      ...a,
      attendees: names.get(a.unitId) ?? [],
      status: a.status as StudyDay['attendance'][number]['status'],
    })),
    gifts: gifts.map((g) => ({
      id: g.id,
      bookId: g.bookId,
      bookTitle: g.bookTitle,
      copies: g.copies,
      recipient: g.recipient as StudyDay['gifts'][number]['recipient'],
      unitId: g.unitId,
      unitName: g.unitName,
    })),
  };
}

export function uniqueTitles(gifts: { bookTitle: string }[]) {
  return [...new Set(gifts.map((g) => g.bookTitle))];
}

export function presentActivity(
  row: {
    id: number;
    unitId: number;
    unitName: string;
    type: string;
    heldOn: string;
    title: string;
    participants: number;
    summary: string | null;
    version: number;
  },
  files: FileMeta[],
) {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    type: row.type as ReadingActivityType,
    heldOn: row.heldOn,
    title: row.title,
    participants: row.participants,
    summary: row.summary,
    files,
    version: row.version,
  };
}

export function presentMaterial(
  row: {
    id: number;
    year: number;
    number: number | null;
    title: string;
    contents: string;
    status: string;
    publishedAt: string | null;
    version: number;
  },
  files: FileMeta[],
): StudyMaterial {
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    title: row.title,
    contents: row.contents,
    status: row.status as StudyMaterial['status'],
    publishedAt: row.publishedAt,
    files,
    version: row.version,
  };
}
