import { z } from 'zod';
import '../validation.js';

/** 中心组理论学习巡听: constants and small schema pieces shared by every part of the module's schemas. */

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
/** Evaluation criteria (each scored 0–25, total 100). */
export const CRITERIA = ['organisation', 'content', 'discussion', 'archive'] as const;
export const CRITERION_MAX = 25;
export const ITEM_KINDS = ['practice', 'shortcoming'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const PRACTICE_CATEGORIES = ['system', 'content', 'form', 'effect', 'archive', 'other'] as const;
export const CHECK_RESULTS = ['yes', 'partial', 'no'] as const;
export const STUDY_PLAN_LEAD_DAYS = 7;

/** Whole calendar days from a to b (YYYY-MM-DD), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** A study plan submitted on Shanghai day `submittedOn` for a session on `sessionDate` is on time iff ≥ 7 days ahead. */
export function isLateSubmission(submittedOn: string, sessionDate: string): boolean {
  return daysBetween(submittedOn, sessionDate) < STUDY_PLAN_LEAD_DAYS;
}

export const year = z.coerce.number().int().min(2000).max(2100);
export const month = z.coerce.number().int().min(1).max(12);
export const version = z.number().int().positive();
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
export const textList = (max: number, each = 200) => z.array(z.string().trim().min(1).max(each)).max(max);
