import type { SessionSummary, StudyPlan, StudyPlanStatus } from '../../../common/inspections.js';
import type { FileMeta } from '../../platform/files/service.js';
import type { SessionRow } from './queries/sessions.js';
import { sessionState } from './rules.js';

export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function presentSession(row: SessionRow, today: string): SessionSummary {
  const state = sessionState(
    {
      year: row.year,
      plannedMonth: row.plannedMonth,
      scheduledDate: row.scheduledDate,
      studyPlanDate: row.studyPlanDate,
      studyPlanStatus: row.studyPlanStatus,
      recordStatus: row.recordStatus,
    },
    today,
  );
  return {
    id: row.id,
    planId: row.planId,
    year: row.year,
    unitId: row.unitId,
    unitName: row.unitName,
    areaId: row.areaId,
    areaName: row.areaName,
    plannedMonth: row.plannedMonth,
    scheduledDate: row.scheduledDate,
    effectiveDate: row.studyPlanDate ?? row.scheduledDate,
    topic: row.topic,
    studyPlanStatus: (row.studyPlanStatus as StudyPlanStatus | null) ?? 'none',
    studyPlanLate: row.studyPlanLate === null ? null : row.studyPlanLate === 1,
    recordStatus: (row.recordStatus as 'draft' | 'submitted' | null) ?? 'none',
    inspectedOn: row.recordStatus === 'submitted' ? row.inspectedOn : null,
    grade: row.recordStatus === 'submitted' ? (row.grade as SessionSummary['grade']) : null,
    feedbackAcknowledged: row.acknowledgedAt !== null,
    state,
    version: row.version,
  };
}

interface StudyPlanRow {
  id: number;
  versionNo: number;
  sessionDate: string;
  startTime: string;
  place: string;
  topic: string;
  host: string;
  speakers: string;
  questions: string;
  attendees: string;
  submittedAt: string;
  submittedOn: string;
  submittedByName: string | null;
  daysAhead: number;
  late: number;
  status: string;
  returnReason: string | null;
  returnedAt: string | null;
  acceptComment: string | null;
  acceptedAt: string | null;
  acceptedByName: string | null;
}

export function presentStudyPlan(row: StudyPlanRow, files: FileMeta[]): StudyPlan {
  return {
    id: row.id,
    versionNo: row.versionNo,
    sessionDate: row.sessionDate,
    startTime: row.startTime,
    place: row.place,
    topic: row.topic,
    host: row.host,
    speakers: parseJson(row.speakers, []),
    questions: parseJson(row.questions, []),
    attendees: parseJson(row.attendees, []),
    files: files.map((f) => ({ id: f.id, originalName: f.originalName, size: f.size, mime: f.mime })),
    submittedAt: row.submittedAt,
    submittedOn: row.submittedOn,
    submittedByName: row.submittedByName,
    daysAhead: row.daysAhead,
    late: row.late === 1,
    status: row.status as StudyPlan['status'],
    returnReason: row.returnReason,
    returnedAt: row.returnedAt,
    acceptComment: row.acceptComment,
    acceptedAt: row.acceptedAt,
    acceptedByName: row.acceptedByName,
  };
}
