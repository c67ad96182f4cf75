import type { SourceRef } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { shanghaiDate } from '../../../platform/clock.js';
import {
  findOverdueProblems,
  findSecretaryVacantPartyOrgs,
  findTermOverduePartyOrgs,
} from '../queries/prefill.js';

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
  ): Promise<Map<number, SourceResult>>;
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
      // Overdue as of the end of the period, or today while the period is still running.
      const today = shanghaiDate();
      const [asOf] = [today, period.end].sort();
      const rows = await findOverdueProblems(db, tenantId, unitIds, period, asOf);
      return countPerUnit(unitIds, rows, (r) => ({
        type: 'problem',
        id: r.id,
        label: s.sourceLabels.problemOverdue(r.code, r.description, r.deadlineOn ?? r.replyBy ?? ''),
      }));
    },
  },
];

export function recordSource(key: string): RecordSource | undefined {
  return RECORD_SOURCES.find((r) => r.key === key);
}
