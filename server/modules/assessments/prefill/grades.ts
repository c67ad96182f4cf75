import { DEFAULT_GRADE_SHARES, GRADE_KEYS, type GradeShares } from '../../../../common/assessments.js';

/** The record source that turns 巡听 grades into a study score. */
export const INSPECTION_GRADE_SOURCE = 'inspection_grades';

/** The grade shares stored on an indicator (JSON), or the default 优秀100/良好85/一般70/较差50. */
export function gradeSharesOf(text: string | null | undefined): GradeShares {
  if (!text) return { ...DEFAULT_GRADE_SHARES };
  try {
    const parsed = JSON.parse(text) as Partial<GradeShares>;
    const out = { ...DEFAULT_GRADE_SHARES };
    for (const k of GRADE_KEYS) if (typeof parsed[k] === 'number') out[k] = parsed[k];
    return out;
  } catch {
    return { ...DEFAULT_GRADE_SHARES };
  }
}

/** Points one grade earns on an indicator worth `maxPoints` (two decimals). */
export function pointsForGrade(grade: string, maxPoints: number, shares: GradeShares): number | null {
  if (!(GRADE_KEYS as readonly string[]).includes(grade)) return null;
  return Math.round(maxPoints * shares[grade as keyof GradeShares]) / 100;
}

/** A unit inspected several times in the period gets the mean of its graded inspections (two decimals). */
export function meanPoints(points: number[]): number {
  if (!points.length) return 0;
  return Math.round((points.reduce((s, p) => s + p, 0) / points.length) * 100) / 100;
}
