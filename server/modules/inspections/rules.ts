import {
  addDays,
  CRITERIA,
  daysBetween,
  type Grade,
  type SessionState,
  STUDY_PLAN_LEAD_DAYS,
} from '../../../common/inspections.js';
import { zh } from '../../../common/locale/index.js';

/**
 * The procedural rules of 巡听, as pure functions (unit-tested): the state of a session on a
 * given day, the date by which the study plan is due, and the ranking formula.
 */

export interface StateInput {
  year: number;
  plannedMonth: number;
  scheduledDate: string | null;
  studyPlanDate: string | null;
  studyPlanStatus: string | null;
  recordStatus: string | null;
}

export function monthStart(year: number, month: number) {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The day by which the study plan must be in: 7 days before the known date, else the planned month's first day. */
export function studyPlanDueDate(s: StateInput): string {
  const date = s.studyPlanDate ?? s.scheduledDate;
  return date ? addDays(date, -STUDY_PLAN_LEAD_DAYS) : monthStart(s.year, s.plannedMonth);
}

/** How far ahead of the planned month a unit is reminded to prepare its study plan. */
const DUE_WINDOW_DAYS = 30;

export function sessionState(s: StateInput, today: string): SessionState {
  if (s.recordStatus === 'submitted') return 'inspected';
  if (s.recordStatus === 'draft') return 'recordDraft';
  if (s.studyPlanStatus === 'returned') return 'studyPlanReturned';
  if (s.studyPlanStatus === 'submitted') return 'studyPlanSubmitted';
  if (s.studyPlanStatus === 'accepted') return 'studyPlanAccepted';
  const monthReached = today >= monthStart(s.year, s.plannedMonth);
  const scheduledSoon =
    s.scheduledDate !== null && daysBetween(today, s.scheduledDate) < STUDY_PLAN_LEAD_DAYS;
  if (monthReached || scheduledSoon) return 'studyPlanMissing';
  if (daysBetween(today, studyPlanDueDate(s)) <= DUE_WINDOW_DAYS) return 'studyPlanDue';
  return 'planned';
}

export function totalScore(scores: { score: number }[]): number | null {
  if (!scores.length) return null;
  return Math.round(scores.reduce((sum, s) => sum + s.score, 0) * 10) / 10;
}

export type Timeliness = 'onTime' | 'late' | 'missing';

export interface RankingInput {
  grade: Grade | null;
  scores: { score: number }[];
  practices: number;
  shortcomings: number;
  timeliness: Timeliness;
}

/** The ranking formula explained on the page (zh.inspections.web.rankingFormula). */
export function rankingScore(input: RankingInput) {
  const fromScores = input.scores.length === CRITERIA.length ? totalScore(input.scores) : null;
  const base = fromScores ?? (input.grade ? zh.inspections.gradeScores[input.grade] : 0);
  const bonus = Math.min(input.practices * 2, 10);
  const malus = Math.min(input.shortcomings * 2, 10);
  const timeliness = input.timeliness === 'late' ? 5 : input.timeliness === 'missing' ? 10 : 0;
  return { base, total: Math.round((base + bonus - malus - timeliness) * 10) / 10 };
}
