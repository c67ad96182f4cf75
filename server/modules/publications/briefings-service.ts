import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import type {
  BriefingListQuery,
  briefingInput,
  briefingUpdate,
  seriesInput,
  seriesUpdate,
  transitionInput,
} from '../../../common/publications.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { briefingDocx, issueLabel } from './briefing-docx.js';
import { assignBriefingNumber } from './numbering.js';
import { presentBriefing, presentBriefingSummary, presentSeries } from './presenters.js';
import * as q from './queries/briefings.js';
import { seesDrafts } from './rules.js';

const t = zh.publications;

// ---- series ------------------------------------------------------------------------------------

export async function listSeries(deps: Deps, ctx: RequestContext) {
  return (await q.findSeries(deps.db, ctx.user.tenantId)).map(presentSeries);
}

async function checkSeriesName(trx: Executor, tenantId: number, name: string, selfId?: number) {
  const same = await q.findSeriesByName(trx, tenantId, name);
  if (same && same.id !== selfId) throw fieldError('name', t.seriesNameTaken);
}

/** A series may belong only to a campaign of the same committee. */
async function checkCampaign(trx: Executor, tenantId: number, campaignId: number | null) {
  if (campaignId !== null && !(await q.findCampaignRef(trx, tenantId, campaignId)))
    throw fieldError('campaignId', t.campaignNotFound);
}

export function createSeries(deps: Deps, ctx: RequestContext, input: z.infer<typeof seriesInput>) {
  return mutate(deps.db, ctx, 'publications.series.create', async (trx, audit) => {
    await checkSeriesName(trx, ctx.user.tenantId, input.name);
    await checkCampaign(trx, ctx.user.tenantId, input.campaignId);
    const now = clock.nowIso();
    const id = await q.insertSeries(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      hasRunningTotal: input.hasRunningTotal ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'briefingSeries', objectId: id, detail: input });
    return { id };
  });
}

export function updateSeries(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof seriesUpdate>,
) {
  return mutate(deps.db, ctx, 'publications.series.update', async (trx, audit) => {
    if (!(await q.findSeriesById(trx, ctx.user.tenantId, id))) throw notFound();
    await checkSeriesName(trx, ctx.user.tenantId, input.name, id);
    await checkCampaign(trx, ctx.user.tenantId, input.campaignId);
    const { version, ...values } = input;
    const ok = await q.updateSeries(trx, id, version, {
      ...values,
      hasRunningTotal: values.hasRunningTotal ? 1 : 0,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'briefingSeries', objectId: id, detail: values });
    return { id };
  });
}

export function deleteSeries(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'publications.series.delete', async (trx, audit) => {
    const row = await q.findSeriesById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (await q.seriesHasBriefings(trx, id)) throw conflict(t.seriesInUse);
    await q.deleteSeries(trx, id);
    Object.assign(audit, { objectType: 'briefingSeries', objectId: id, detail: { name: row.name } });
  });
}

// ---- briefings ---------------------------------------------------------------------------------

export async function listBriefings(deps: Deps, ctx: RequestContext, query: BriefingListQuery) {
  const { rows, total } = await q.findBriefings(deps.db, ctx.user.tenantId, query, !seesDrafts(ctx));
  return { items: rows.map(presentBriefingSummary), total, page: query.page, pageSize: query.pageSize };
}

async function loadVisible(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findBriefingById(db, ctx.user.tenantId, id);
  if (!row || (row.status !== 'published' && !seesDrafts(ctx))) throw notFound();
  return row;
}

export async function getBriefing(deps: Deps, ctx: RequestContext, id: number) {
  return presentBriefing(await loadVisible(deps.db, ctx, id));
}

export async function exportBriefing(deps: Deps, ctx: RequestContext, id: number) {
  const briefing = presentBriefing(await loadVisible(deps.db, ctx, id));
  const buffer = await briefingDocx(briefing);
  return { buffer, fileName: t.docx.fileName(briefing.seriesName, briefing.year, issueLabel(briefing)) };
}

function briefingValues(input: z.infer<typeof briefingInput>) {
  return {
    seriesId: input.seriesId,
    isSupplement: input.isSupplement ? 1 : 0,
    issuedOn: input.issuedOn,
    title: input.title,
    editorNote: input.editorNote,
    articles: JSON.stringify(input.articles),
    reportTo: input.reportTo,
    sendTo: input.sendTo,
    issueTo: input.issueTo,
    copies: input.copies,
    isPublic: input.isPublic ? 1 : 0,
  };
}

export function createBriefing(deps: Deps, ctx: RequestContext, input: z.infer<typeof briefingInput>) {
  return mutate(deps.db, ctx, 'publications.briefing.create', async (trx, audit) => {
    if (!(await q.findSeriesById(trx, ctx.user.tenantId, input.seriesId)))
      throw fieldError('seriesId', t.seriesNotFound);
    const now = clock.nowIso();
    const id = await q.insertBriefing(trx, {
      tenantId: ctx.user.tenantId,
      ...briefingValues(input),
      year: null,
      number: null,
      totalNumber: null,
      status: 'draft',
      publishedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'briefing', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

export function updateBriefing(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof briefingUpdate>,
) {
  return mutate(deps.db, ctx, 'publications.briefing.update', async (trx, audit) => {
    const row = await q.findBriefingById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'draft') throw conflict(t.notDraft);
    if (!(await q.findSeriesById(trx, ctx.user.tenantId, input.seriesId)))
      throw fieldError('seriesId', t.seriesNotFound);
    if (
      !(await q.updateBriefing(trx, id, input.version, {
        ...briefingValues(input),
        updatedAt: clock.nowIso(),
      }))
    )
      throw conflict();
    Object.assign(audit, { objectType: 'briefing', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

export function deleteBriefing(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'publications.briefing.delete', async (trx, audit) => {
    const row = await q.findBriefingById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'draft') throw conflict(t.notDraft);
    await q.deleteBriefing(trx, id);
    Object.assign(audit, { objectType: 'briefing', objectId: id, detail: { title: row.title } });
  });
}

type Transition = 'submit' | 'return' | 'publish';
const FROM: Record<Transition, string> = { submit: 'draft', return: 'review', publish: 'review' };

/** draft → review (送审), review → draft (退回), review → published (审核印发, numbered here). */
export function transitionBriefing(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  to: Transition,
  input: z.infer<typeof transitionInput>,
) {
  return mutate(deps.db, ctx, `publications.briefing.${to}`, async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    const row = await q.findBriefingById(trx, tenantId, id);
    if (!row) throw notFound();
    if (row.status !== FROM[to]) throw conflict(to === 'submit' ? t.notDraftToSubmit : t.notReview);
    if (row.version !== input.version) throw conflict();
    const now = clock.nowIso();
    let values: Parameters<typeof q.updateBriefing>[3] = {
      status: to === 'submit' ? 'review' : 'draft',
      updatedAt: now,
    };
    if (to === 'publish') {
      const series = await q.findSeriesById(trx, tenantId, row.seriesId);
      if (!series) throw notFound();
      const issuedOn = input.issuedOn ?? row.issuedOn ?? shanghaiDate();
      const numbers = await assignBriefingNumber(trx, tenantId, series, row.isSupplement === 1, issuedOn);
      values = { ...values, ...numbers, issuedOn, status: 'published', publishedAt: now };
    }
    if (!(await q.updateBriefing(trx, id, input.version, values))) throw conflict();
    Object.assign(audit, { objectType: 'briefing', objectId: id, detail: { ...values, title: row.title } });
    return { id, number: (values.number as number | undefined) ?? null };
  });
}

/** Shows or hides a published briefing on the public site. */
export function setBriefingPublic(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: { version: number; isPublic: boolean },
) {
  return mutate(deps.db, ctx, 'publications.briefing.public', async (trx, audit) => {
    const row = await q.findBriefingById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'published') throw conflict(t.notPublished);
    const ok = await q.updateBriefing(trx, id, input.version, {
      isPublic: input.isPublic ? 1 : 0,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'briefing', objectId: id, detail: { isPublic: input.isPublic } });
    return { id };
  });
}
