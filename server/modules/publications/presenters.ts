import type { Briefing, BriefingSummary, NewsItem } from '../../../common/publications.js';
import type { BriefingSeriesTable, BriefingTable, NewsTable } from './tables.js';

type BriefingRow = Omit<BriefingTable, 'id' | 'version'> & {
  id: number;
  version: number;
  seriesName: string;
  editorUnit: string;
};

export function parseArticles(json: string): { title: string; body: string }[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export function presentBriefingSummary(row: BriefingRow): BriefingSummary {
  return {
    id: row.id,
    seriesId: row.seriesId,
    seriesName: row.seriesName,
    isSupplement: row.isSupplement === 1,
    year: row.year,
    number: row.number,
    totalNumber: row.totalNumber,
    issuedOn: row.issuedOn,
    title: row.title,
    status: row.status as Briefing['status'],
    isPublic: row.isPublic === 1,
    publishedAt: row.publishedAt,
    version: row.version,
  };
}

export function presentBriefing(row: BriefingRow): Briefing {
  return {
    ...presentBriefingSummary(row),
    editorUnit: row.editorUnit,
    editorNote: row.editorNote,
    articles: parseArticles(row.articles),
    reportTo: row.reportTo,
    sendTo: row.sendTo,
    issueTo: row.issueTo,
    copies: row.copies,
  };
}

export function presentPublicBriefing(row: BriefingRow) {
  return {
    id: row.id,
    seriesName: row.seriesName,
    editorUnit: row.editorUnit,
    isSupplement: row.isSupplement === 1,
    year: row.year ?? 0,
    number: row.number ?? 0,
    totalNumber: row.totalNumber,
    issuedOn: row.issuedOn ?? '',
    title: row.title,
    editorNote: row.editorNote,
    articles: parseArticles(row.articles),
  };
}

export function presentSeries(
  row: Pick<BriefingSeriesTable, 'name' | 'editorUnit' | 'hasRunningTotal' | 'totalBase' | 'campaignId'> & {
    id: number;
    version: number;
    campaignName: string | null;
    issueCount: number | string | null;
  },
) {
  return {
    id: row.id,
    name: row.name,
    editorUnit: row.editorUnit,
    hasRunningTotal: row.hasRunningTotal === 1,
    totalBase: row.totalBase,
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    issueCount: Number(row.issueCount ?? 0),
    version: row.version,
  };
}

type NewsRow = Omit<NewsTable, 'id' | 'version'> & { id: number; version: number };

export function presentNews(row: NewsRow, linkTitle: string | null): NewsItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    coverFileId: row.coverFileId,
    linkType: row.linkType as NewsItem['linkType'],
    linkId: row.linkId,
    linkTitle,
    status: row.status as NewsItem['status'],
    publishedAt: row.publishedAt,
    version: row.version,
  };
}
