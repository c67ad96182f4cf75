import type { Selectable } from 'kysely';
import type { Campaign, PhaseKey, Review, Team, Visit } from '../../../common/campaigns.js';
import type { FileMeta } from '../../platform/files/service.js';
import type { VisitRow } from './queries.js';
import type { WsCampaignTable, WsReviewTable, WsTeamTable } from './tables.js';

const json = <T>(text: string): T => JSON.parse(text) as T;

export function presentCampaign(row: Selectable<WsCampaignTable>, today: string): Campaign {
  const phases = json<Campaign['phases']>(row.phases);
  return {
    id: row.id,
    year: row.year,
    name: row.name,
    startOn: row.startOn,
    endOn: row.endOn,
    phases,
    currentPhase: (phases.find((p) => p.startOn <= today && today <= p.endOn)?.key ??
      null) as PhaseKey | null,
    documents: json(row.documents),
    scopeUnitIds: json(row.scopeUnitIds),
    remarks: row.remarks,
    version: row.version,
  };
}

export function presentTeam(
  row: Selectable<WsTeamTable> & { leaderName: string; visitCount: number | string | null },
  names: Map<number, string>,
): Team {
  const members = json<number[]>(row.memberUserIds);
  return {
    id: row.id,
    campaignId: row.campaignId,
    name: row.name,
    leaderId: row.leaderId,
    leaderName: row.leaderName,
    memberUserIds: members,
    memberNames: members.map((m) => names.get(m) ?? ''),
    formedOn: row.formedOn,
    remit: row.remit,
    visitCount: Number(row.visitCount ?? 0),
    version: row.version,
  };
}

export function presentVisit(row: VisitRow, files: FileMeta[]): Visit {
  return {
    id: row.id,
    campaignId: row.campaignId,
    teamId: row.teamId,
    teamName: row.teamName,
    visitKind: row.kind as Visit['visitKind'],
    targetType: row.targetType,
    unitId: row.unitId,
    targetName: row.targetName,
    visitedOn: row.visitedOn,
    visitedTime: row.visitedTime,
    observers: row.observers,
    peopleMet: row.peopleMet,
    record: row.record,
    findings: row.findings,
    problemCount: Number(row.problemCount ?? 0),
    files,
    version: row.version,
  };
}

export function presentReview(row: Selectable<WsReviewTable>): Review {
  return {
    id: row.id,
    campaignId: row.campaignId,
    heldOn: row.heldOn,
    title: row.title,
    chair: row.chair,
    praisedUnitIds: json(row.praisedUnitIds),
    criticisedUnitIds: json(row.criticisedUnitIds),
    remarks: row.remarks,
    version: row.version,
  };
}
