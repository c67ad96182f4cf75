import type { AwardStatus, BallotValues, SchemeSummary, SourceRef } from '../../../common/assessments.js';
import { gradeSharesOf, INSPECTION_GRADE_SOURCE } from './prefill/grades.js';
import type { AwardRow } from './queries/awards.js';
import type { SchemeRow } from './queries/schemes.js';
import type { ScoreRow } from './queries/scoring.js';
import type { AssessmentBodyTable, AssessmentIndicatorTable } from './tables.js';

export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function presentScheme(row: Omit<SchemeRow, 'unitCount'> & { unitCount: unknown }): SchemeSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as SchemeSummary['kind'],
    year: row.year,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    edition: row.edition,
    derivedFromId: row.derivedFromId,
    status: row.status as SchemeSummary['status'],
    ballotEnabled: row.ballotEnabled === 1,
    ballotWeight: Number(row.ballotWeight),
    ballotValues: parseJson<BallotValues>(row.ballotValues, { satisfied: 100, basic: 70, unsatisfied: 30 }),
    lockedAt: row.lockedAt,
    publishedAt: row.publishedAt,
    unitCount: Number(row.unitCount ?? 0),
    version: row.version,
  };
}

type BodyRow = Omit<AssessmentBodyTable, 'id' | 'version'> & { id: number; version: number };
export function presentBody(row: BodyRow, members: { bodyId: number; id: number; displayName: string }[]) {
  return {
    id: row.id,
    name: row.name,
    weight: Number(row.weight),
    sort: row.sort,
    members: members
      .filter((m) => m.bodyId === row.id)
      .map((m) => ({ id: m.id, displayName: m.displayName })),
    version: row.version,
  };
}

type IndicatorRow = Omit<AssessmentIndicatorTable, 'id' | 'version' | 'gradeShares'> & {
  id: number;
  version: number;
  gradeShares: string | null;
};
export function presentIndicator(row: IndicatorRow) {
  return {
    id: row.id,
    parentId: row.parentId,
    bodyId: row.bodyId,
    name: row.name,
    maxPoints: Number(row.maxPoints),
    method: row.method as 'score' | 'deduct',
    deductionPer: row.deductionPer === null ? null : Number(row.deductionPer),
    deductionCap: row.deductionCap === null ? null : Number(row.deductionCap),
    ruleText: row.ruleText,
    sourceKey: row.sourceKey,
    gradeShares: row.sourceKey === INSPECTION_GRADE_SOURCE ? gradeSharesOf(row.gradeShares) : null,
    sort: row.sort,
    version: row.version,
  };
}
export type PresentedIndicator = ReturnType<typeof presentIndicator>;

export function presentScore(row: ScoreRow) {
  return {
    id: row.id,
    unitId: row.unitId,
    indicatorId: row.indicatorId,
    value: Number(row.value),
    prefilledValue: row.prefilledValue === null ? null : Number(row.prefilledValue),
    sources: parseJson<SourceRef[]>(row.sources, []),
    reason: row.reason,
    scoredByName: row.scoredByName,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function presentAwardHead(row: AwardRow) {
  return {
    id: row.id,
    schemeId: row.schemeId,
    schemeName: row.schemeName,
    title: row.title,
    topN: row.topN,
    publicityDays: row.publicityDays,
    status: row.status as AwardStatus,
    publicityStart: row.publicityStart,
    publicityEnd: row.publicityEnd,
    approvedAt: row.approvedAt,
    decisionNote: row.decisionNote,
    finalisedAt: row.finalisedAt,
    version: row.version,
  };
}
