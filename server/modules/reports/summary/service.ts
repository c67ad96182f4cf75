import type { z } from 'zod';
import { zh } from '../../../../common/locale/index.js';
import { chineseDate } from '../../../../common/locale/zh-CN/reports.js';
import {
  FIGURE_TOKEN,
  type Figure,
  renderTokens,
  type SummaryBlock,
  type summaryCreate,
  type summaryListQuery,
  type summaryUpdate,
} from '../../../../common/reports.js';
import type { Db } from '../../../db/connection.js';
import { type DataScope, dataScope } from '../../../platform/access.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { buildOfficialDocument } from '../../../platform/docx/official-document.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { computeFigures } from '../figures-service.js';
import { METRIC_BY_KEY } from '../metrics/index.js';
import * as q from '../queries/summaries.js';
import { draftSummary } from './draft.js';

type Row = NonNullable<Awaited<ReturnType<typeof q.findSummary>>>;

function present(row: Row) {
  return {
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    signature: row.signature,
    signDate: row.signDate,
    blocks: JSON.parse(row.blocks) as SummaryBlock[],
    figures: JSON.parse(row.figures) as Figure[],
  };
}

export async function listSummaries(
  deps: Deps,
  ctx: RequestContext,
  query: z.infer<typeof summaryListQuery>,
) {
  const { rows, total } = await q.findSummaries(deps.db, ctx.user.tenantId, query);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

export async function getSummary(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findSummary(deps.db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  return present(row);
}

/** Counts every figure for the period and drafts the text; the figures are stored with the draft. */
/** Counts every figure of the period in a scope and drafts the text: what a new summary starts from. */
export async function composeDraft(
  db: Db,
  scope: DataScope,
  period: { from: string; to: string },
  title?: string,
) {
  const tenant = await q.findTenant(db, scope.tenantId);
  const figures = await computeFigures(db, scope, period);
  return {
    title: title ?? zh.reports.draftTitle(tenant.shortName, period.from, period.to),
    blocks: draftSummary({ tenantName: tenant.shortName, from: period.from, to: period.to, figures }),
    figures,
    signature: tenant.name,
    signDate: period.to,
  };
}

/** The draft as plain text (title, body with figures rendered, signature and date), e.g. for the CLI. */
export function draftText(draft: Awaited<ReturnType<typeof composeDraft>>): string {
  const values = new Map(draft.figures.map((f) => [f.key, f.value]));
  return [
    draft.title,
    ...draft.blocks.map((b) => renderTokens(b.text, values)),
    draft.signature,
    chineseDate(draft.signDate),
  ].join('\n');
}

export async function createSummary(deps: Deps, ctx: RequestContext, input: z.infer<typeof summaryCreate>) {
  const { title, blocks, figures, signature } = await composeDraft(
    deps.db,
    dataScope(ctx),
    input,
    input.title,
  );
  return mutate(deps.db, ctx, 'reports.summary.create', async (trx, audit) => {
    const now = clock.nowIso();
    const row = {
      tenantId: ctx.user.tenantId,
      title,
      periodFrom: input.from,
      periodTo: input.to,
      signature,
      signDate: input.to,
      blocks: JSON.stringify(blocks),
      figures: JSON.stringify(figures),
      updatedBy: ctx.user.id,
      createdAt: now,
    };
    const id = await q.insertSummary(trx, row);
    await q.insertSummaryVersion(trx, {
      tenantId: row.tenantId,
      summaryId: id,
      version: 1,
      title,
      blocks: row.blocks,
      figures: row.figures,
      savedBy: ctx.user.id,
      savedAt: now,
    });
    Object.assign(audit, { objectType: 'summary', objectId: id, detail: { from: input.from, to: input.to } });
    return { id };
  });
}

/** Saves the edited text as a new version; tokens must name known figures. */
export async function updateSummary(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof summaryUpdate>,
) {
  for (const [i, block] of input.blocks.entries()) {
    for (const match of block.text.matchAll(FIGURE_TOKEN)) {
      if (!METRIC_BY_KEY.has(match[1]))
        throw fieldError(`blocks.${i}.text`, `${zh.reports.notFoundFigure}：${match[1]}`);
    }
  }
  return mutate(deps.db, ctx, 'reports.summary.update', async (trx, audit) => {
    const current = await q.findSummary(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    const now = clock.nowIso();
    const blocks = JSON.stringify(input.blocks);
    if (
      !(await q.updateSummary(trx, id, input.version, {
        title: input.title,
        blocks,
        updatedBy: ctx.user.id,
        updatedAt: now,
      }))
    )
      throw conflict();
    await q.insertSummaryVersion(trx, {
      tenantId: ctx.user.tenantId,
      summaryId: id,
      version: input.version + 1,
      title: input.title,
      blocks,
      figures: current.figures,
      savedBy: ctx.user.id,
      savedAt: now,
    });
    Object.assign(audit, { objectType: 'summary', objectId: id, detail: { version: input.version + 1 } });
    return { id, version: input.version + 1 };
  });
}

/** Counts the figures again and says which changed since the draft's stored counts (nothing is saved). */
export async function recountSummary(deps: Deps, ctx: RequestContext, id: number) {
  const current = await getSummary(deps, ctx, id);
  const figures = await computeFigures(deps.db, dataScope(ctx), {
    from: current.periodFrom,
    to: current.periodTo,
  });
  const before = new Map(current.figures.map((f) => [f.key, f.value]));
  const changes = figures
    .filter((f) => before.get(f.key) !== f.value)
    .map((f) => ({ key: f.key, label: f.label, before: before.get(f.key) ?? null, after: f.value }));
  return { changes, figures };
}

/** Stores the recounted figures with the draft (a new version), so the text now shows today's counts. */
export async function applyRecount(deps: Deps, ctx: RequestContext, id: number, version: number) {
  const { figures } = await recountSummary(deps, ctx, id);
  return mutate(deps.db, ctx, 'reports.summary.recount', async (trx, audit) => {
    const current = await q.findSummary(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    const now = clock.nowIso();
    const json = JSON.stringify(figures);
    if (!(await q.updateSummary(trx, id, version, { figures: json, updatedBy: ctx.user.id, updatedAt: now })))
      throw conflict();
    await q.insertSummaryVersion(trx, {
      tenantId: ctx.user.tenantId,
      summaryId: id,
      version: version + 1,
      title: current.title,
      blocks: current.blocks,
      figures: json,
      savedBy: ctx.user.id,
      savedAt: now,
    });
    Object.assign(audit, { objectType: 'summary', objectId: id, detail: { version: version + 1 } });
    return { id, version: version + 1 };
  });
}

export async function listVersions(deps: Deps, ctx: RequestContext, id: number) {
  await getSummary(deps, ctx, id);
  return q.findSummaryVersions(deps.db, id);
}

/**
 * A 2号 title holds about 20 characters a line; a longer one is broken before 工作总结 so that the
 * lines read as phrases, the upper line the longer (梯形), instead of leaving 结 alone on a line.
 */
export function shapeTitle(title: string): string {
  const tail = '工作总结';
  return title.length > 20 && title.endsWith(tail) ? `${title.slice(0, -tail.length)}\n${tail}` : title;
}

/** A draft as an official document (GB/T 9704), figures rendered from its counts. */
export function summaryDocx(draft: {
  title: string;
  blocks: SummaryBlock[];
  figures: Figure[];
  signature: string;
  signDate: string;
}) {
  const values = new Map(draft.figures.map((f) => [f.key, f.value]));
  return buildOfficialDocument({
    title: shapeTitle(draft.title),
    blocks: draft.blocks.map((b) => ({ kind: b.kind, text: renderTokens(b.text, values) })),
    signature: draft.signature,
    date: draft.signDate,
  });
}

/** The saved summary as a Word file, figures as stored with the draft. */
export async function exportSummaryDocx(deps: Deps, ctx: RequestContext, id: number) {
  const summary = await getSummary(deps, ctx, id);
  return { buffer: await summaryDocx(summary), filename: `${summary.title}.docx` };
}
