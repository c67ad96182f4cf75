import type { SourceRef } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { shanghaiDate } from '../../../platform/clock.js';
import { taskFigures } from '../../tasks/figures-queries.js';
import {
  findGradedInspections,
  findOverdueProblems,
  findReadingActivities,
  findSecretaryVacantPartyOrgs,
  findTaskSlotsByIds,
  findTermOverduePartyOrgs,
} from '../queries/prefill.js';
import { gradeSharesOf, INSPECTION_GRADE_SOURCE, meanPoints, pointsForGrade } from './grades.js';

/**
 * Record sources: where a score can be pre-filled from. Each source counts, per unit, something
 * the other modules record, and names the records it counted so the scorer sees them beside the
 * number. `occurrences` sources feed 按次扣分 indicators (the count of occurrences); `points`
 * sources feed 直接评分 indicators. Modules built later (巡听 grades, overdue rectifications, …)
 * add their source here; nothing else changes.
 */
export interface Period {
  start: string;
  end: string;
}
export interface SourceResult {
  value: number;
  sources: SourceRef[];
}
export interface RecordSource {
  key: string;
  label: string;
  yields: 'occurrences' | 'points';
  collect(
    db: Executor,
    tenantId: number,
    unitIds: number[],
    period: Period,
    indicator: IndicatorParams,
  ): Promise<Map<number, SourceResult>>;
}
/** What a source may need to know of the indicator it fills (points, grade shares). */
export interface IndicatorParams {
  maxPoints: number;
  gradeShares: string | null;
}

function countPerUnit<T extends { unitId: number }>(
  unitIds: number[],
  rows: T[],
  ref: (row: T) => SourceRef,
) {
  const out = new Map<number, SourceResult>(unitIds.map((id) => [id, { value: 0, sources: [] }]));
  for (const row of rows) {
    const entry = out.get(row.unitId);
    if (!entry) continue;
    entry.value += 1;
    entry.sources.push(ref(row));
  }
  return out;
}

const s = zh.assessments;
const gradeName = (g: string) => zh.inspections.grades[g] ?? g;

/** Overdue as of the end of the period, or today while the period is still running. */
function asOfDate(period: Period) {
  const [asOf] = [shanghaiDate(), period.end].sort();
  return asOf;
}

export const RECORD_SOURCES: RecordSource[] = [
  {
    key: 'party_org_term_overdue',
    label: s.sources.party_org_term_overdue,
    yields: 'occurrences',
    async collect(db, tenantId, unitIds, period) {
      const rows = await findTermOverduePartyOrgs(db, tenantId, unitIds, period.end);
      return countPerUnit(unitIds, rows, (r) => ({
        type: 'party_org',
        id: r.id,
        label: s.sourceLabels.termOverdue(r.name, r.termEnd ?? ''),
      }));
    },
  },
  {
    key: 'party_org_secretary_vacant',
    label: s.sources.party_org_secretary_vacant,
    yields: 'occurrences',
    async collect(db, tenantId, unitIds) {
      const rows = await findSecretaryVacantPartyOrgs(db, tenantId, unitIds);
      return countPerUnit(unitIds, rows, (r) => ({
        type: 'party_org',
        id: r.id,
        label: s.sourceLabels.secretaryVacant(r.name),
      }));
    },
  },
  {
    key: 'problems_overdue',
    label: s.sources.problems_overdue,
    yields: 'occurrences',
    async collect(db, tenantId, unitIds, period) {
      const rows = await findOverdueProblems(db, tenantId, unitIds, period, asOfDate(period));
      return countPerUnit(unitIds, rows, (r) => ({
        type: 'problem',
        id: r.id,
        label: s.sourceLabels.problemOverdue(r.code, r.description, r.deadlineOn ?? r.replyBy ?? ''),
      }));
    },
  },
  {
    key: 'tasks_overdue',
    label: s.sources.tasks_overdue,
    yields: 'occurrences',
    async collect(db, tenantId, unitIds, period) {
      // The tasks module's own rule: report slots due in the period, accepted late or still missing.
      const figures = await taskFigures(
        db,
        tenantId,
        { from: period.start, to: period.end },
        asOfDate(period),
      );
      const rows = await findTaskSlotsByIds(db, tenantId, figures.overdueSlotIds);
      return countPerUnit(unitIds, rows, (r) => ({
        type: 'task_slot',
        id: r.id,
        label: s.sourceLabels.taskOverdue(r.title, r.periodLabel, r.dueOn),
      }));
    },
  },
  {
    key: 'learning_reading',
    label: s.sources.learning_reading,
    yields: 'points',
    async collect(db, tenantId, unitIds, period, indicator) {
      // Full points for a unit that reported reading activities in the period, none for a silent unit.
      const rows = await findReadingActivities(db, tenantId, unitIds, period);
      const out = countPerUnit(unitIds, rows, (r) => ({
        type: 'reading_activity',
        id: r.id,
        label: s.sourceLabels.readingActivity(r.heldOn, r.title),
      }));
      for (const entry of out.values()) entry.value = entry.value > 0 ? indicator.maxPoints : 0;
      return out;
    },
  },
  {
    key: INSPECTION_GRADE_SOURCE,
    label: s.sources.inspection_grades,
    yields: 'points',
    async collect(db, tenantId, unitIds, period, indicator) {
      // Only units graded in the period get a pre-filled score; the others are scored by hand.
      const shares = gradeSharesOf(indicator.gradeShares);
      const rows = await findGradedInspections(db, tenantId, unitIds, period);
      const points = new Map<number, number[]>();
      const out = new Map<number, SourceResult>();
      for (const r of rows) {
        const p = pointsForGrade(r.grade ?? '', indicator.maxPoints, shares);
        if (p === null) continue;
        points.set(r.unitId, [...(points.get(r.unitId) ?? []), p]);
        const entry = out.get(r.unitId) ?? { value: 0, sources: [] };
        entry.sources.push({
          type: 'inspection_session',
          id: r.sessionId,
          label: s.sourceLabels.inspectionGrade(r.inspectedOn, gradeName(r.grade ?? ''), p),
        });
        out.set(r.unitId, entry);
      }
      for (const [unitId, entry] of out) entry.value = meanPoints(points.get(unitId) ?? []);
      return out;
    },
  },
];

export function recordSource(key: string): RecordSource | undefined {
  return RECORD_SOURCES.find((r) => r.key === key);
}
