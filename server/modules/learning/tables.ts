import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface BookTable {
  id: Id;
  tenantId: number;
  title: string;
  author: string | null;
  publisher: string | null;
  isbn: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface StudyDayTable {
  id: Id;
  tenantId: number;
  heldOn: string;
  theme: string;
  speakers: string | null;
  guide: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface StudyDayUnitTable {
  id: Id;
  tenantId: number;
  studyDayId: number;
  unitId: number;
  status: string;
  attendee: string | null;
  reason: string | null;
}

/** 签到 by person: the people an invited unit sent to a study day (optional, one row each). */
export interface StudyDayAttendeeTable {
  id: Id;
  tenantId: number;
  studyDayId: number;
  unitId: number;
  name: string;
  sort: number;
}

export interface BookGiftTable {
  id: Id;
  tenantId: number;
  studyDayId: number;
  bookId: number;
  copies: number;
  recipient: string;
  unitId: number | null;
  sort: number;
}

export interface ReadingListTable {
  id: Id;
  tenantId: number;
  year: number;
  title: string;
  intro: string | null;
  published: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface ReadingListItemTable {
  id: Id;
  tenantId: number;
  readingListId: number;
  bookId: number;
  note: string | null;
  sort: number;
}

export interface ReadingActivityTable {
  id: Id;
  tenantId: number;
  unitId: number;
  type: string;
  heldOn: string;
  title: string;
  participants: number;
  summary: string | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface StudyMaterialTable {
  id: Id;
  tenantId: number;
  year: number;
  number: number | null;
  title: string;
  contents: string;
  status: string;
  publishedAt: Instant | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    books: BookTable;
    studyDays: StudyDayTable;
    studyDayUnits: StudyDayUnitTable;
    studyDayAttendees: StudyDayAttendeeTable;
    bookGifts: BookGiftTable;
    readingLists: ReadingListTable;
    readingListItems: ReadingListItemTable;
    readingActivities: ReadingActivityTable;
    studyMaterials: StudyMaterialTable;
  }
}
