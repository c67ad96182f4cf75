import type { Selectable } from 'kysely';
import { zh } from '../../../common/locale/index.js';
import { isOverdue, type Problem, type ProblemEvent, type ProblemStatus } from '../../../common/problems.js';
import type { FileMeta } from '../../platform/files/service.js';
import type { ProblemRow } from './queries.js';
import type { ProblemEventTable } from './tables.js';

export interface SourceLabels {
  visits: Map<number, string>;
  reviews: Map<number, string>;
}

export function sourceLabelOf(
  row: { sourceType: string; sourceId: number | null },
  labels: SourceLabels,
): string | null {
  if (!row.sourceId) return null;
  if (row.sourceType === 'visit' || row.sourceType === 'unannounced')
    return labels.visits.get(row.sourceId) ?? null;
  if (row.sourceType === 'review_meeting') return labels.reviews.get(row.sourceId) ?? null;
  if (row.sourceType === 'inspection_shortcoming')
    return `${zh.workStyle.sourceTypes.inspection_shortcoming} #${row.sourceId}`;
  return null;
}

export function presentProblem(row: ProblemRow, today: string, labels: SourceLabels): Problem {
  return {
    id: row.id,
    code: row.code,
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    sourceType: row.sourceType as Problem['sourceType'],
    sourceId: row.sourceId,
    sourceLabel: sourceLabelOf(row, labels),
    unitId: row.unitId,
    unitName: row.unitName,
    categoryName: row.category,
    severity: row.severity as Problem['severity'],
    description: row.description,
    foundOn: row.foundOn,
    status: row.status as ProblemStatus,
    overdue: isOverdue(row, today),
    replyBy: row.replyBy,
    fedBackAt: row.fedBackAt,
    measures: row.measures,
    responsibleLeader: row.responsibleLeader,
    responsiblePerson: row.responsiblePerson,
    deadlineType: row.deadlineType as Problem['deadlineType'],
    deadlineOn: row.deadlineOn,
    returnReason: row.returnReason,
    verifiedAt: row.verifiedAt,
    verifiedByName: row.verifiedByName,
    closedAt: row.closedAt,
    closedByName: row.closedByName,
    reminderCount: Number(row.reminderCount),
    lastRemindedAt: row.lastRemindedAt,
    version: row.version,
  };
}

export function presentEvent(row: Selectable<ProblemEventTable>, files: FileMeta[]): ProblemEvent {
  return {
    id: row.id,
    kind: row.kind as ProblemEvent['kind'],
    note: row.note,
    actorName: row.actorName,
    at: row.at,
    files,
  };
}
