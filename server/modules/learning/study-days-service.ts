import type { z } from 'zod';
import type {
  attendanceInput,
  StudyDayListQuery,
  studyDayInput,
  studyDayUpdate,
} from '../../../common/learning.js';
import { zh } from '../../../common/locale/index.js';
import type { Trx } from '../../db/connection.js';
import { dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { presentStudyDay, presentStudyDaySummary, uniqueTitles } from './presenters.js';
import { findBookIdsIn } from './queries/books.js';
import * as q from './queries/study-days.js';

const t = zh.learning;

export async function listStudyDays(deps: Deps, ctx: RequestContext, query: StudyDayListQuery) {
  const { rows, total } = await q.findStudyDays(deps.db, ctx.user.tenantId, query);
  const ids = rows.map((r) => r.id);
  const counts = await q.findCounts(deps.db, ids);
  const gifts = await q.findGifts(deps.db, ids);
  return {
    items: rows.map((r) =>
      presentStudyDaySummary(r, counts.get(r.id), uniqueTitles(gifts.filter((g) => g.studyDayId === r.id))),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A study day is a committee-level record; the attendance shown is limited to the units in reach. */
export async function getStudyDay(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findStudyDayById(deps.db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  const counts = await q.findCounts(deps.db, [id]);
  const attendance = await q.findAttendance(deps.db, dataScope(ctx), id);
  const attendees = await q.findAttendees(deps.db, dataScope(ctx), id);
  const gifts = await q.findGifts(deps.db, [id]);
  return presentStudyDay(row, counts.get(id), attendance, gifts, attendees);
}

type DayInput = z.infer<typeof studyDayInput>;

/** Checks invited units and gifts against the tenant; returns the de-duplicated unit ids. */
async function checkDayInput(trx: Trx, tenantId: number, input: DayInput) {
  const unitIds = [...new Set(input.invitedUnitIds)];
  const knownUnits = await q.findUnitIdsIn(trx, tenantId, [
    ...unitIds,
    ...input.gifts.flatMap((g) => (g.unitId ? [g.unitId] : [])),
  ]);
  const badUnit = input.invitedUnitIds.findIndex((u) => !knownUnits.has(u));
  if (badUnit >= 0) throw fieldError(`invitedUnitIds.${badUnit}`, t.unitNotFound);
  const knownBooks = await findBookIdsIn(
    trx,
    tenantId,
    input.gifts.map((g) => g.bookId),
  );
  const invited = new Set(unitIds);
  for (const [i, gift] of input.gifts.entries()) {
    if (!knownBooks.has(gift.bookId)) throw fieldError(`gifts.${i}.bookId`, t.bookNotFound);
    if (gift.recipient === 'unit') {
      if (!gift.unitId) throw fieldError(`gifts.${i}.unitId`, t.giftUnitRequired);
      if (!knownUnits.has(gift.unitId)) throw fieldError(`gifts.${i}.unitId`, t.unitNotFound);
      if (!invited.has(gift.unitId)) throw fieldError(`gifts.${i}.unitId`, t.giftUnitNotInvited);
    }
  }
  return unitIds;
}

function giftRows(tenantId: number, input: DayInput) {
  return input.gifts.map((g, sort) => ({
    tenantId,
    bookId: g.bookId,
    copies: g.copies,
    recipient: g.recipient,
    unitId: g.recipient === 'unit' ? g.unitId : null,
    sort,
  }));
}

export function createStudyDay(deps: Deps, ctx: RequestContext, input: DayInput) {
  return mutate(deps.db, ctx, 'learning.studyDay.create', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    const unitIds = await checkDayInput(trx, tenantId, input);
    const now = clock.nowIso();
    const { heldOn, theme, lecturers: speakers, guide } = input;
    const id = await q.insertStudyDay(trx, {
      tenantId,
      heldOn,
      theme,
      speakers,
      guide,
      createdAt: now,
      updatedAt: now,
    });
    await q.replaceInvites(trx, tenantId, id, unitIds);
    await q.replaceGifts(trx, id, giftRows(tenantId, input));
    Object.assign(audit, { objectType: 'studyDay', objectId: id, detail: input });
    return { id };
  });
}

export function updateStudyDay(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof studyDayUpdate>,
) {
  return mutate(deps.db, ctx, 'learning.studyDay.update', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    if (!(await q.findStudyDayById(trx, tenantId, id))) throw notFound();
    const unitIds = await checkDayInput(trx, tenantId, input);
    const { heldOn, theme, lecturers: speakers, guide, version } = input;
    if (
      !(await q.updateStudyDay(trx, id, version, {
        heldOn,
        theme,
        speakers,
        guide,
        updatedAt: clock.nowIso(),
      }))
    )
      throw conflict();
    await q.replaceInvites(trx, tenantId, id, unitIds);
    await q.replaceGifts(trx, id, giftRows(tenantId, input));
    Object.assign(audit, { objectType: 'studyDay', objectId: id, detail: input });
    return { id };
  });
}

/** 签到: present / absent (with a reason) / back to pending, for invited units only. */
export function recordAttendance(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof attendanceInput>,
) {
  return mutate(deps.db, ctx, 'learning.studyDay.attendance', async (trx, audit) => {
    if (!(await q.findStudyDayById(trx, ctx.user.tenantId, id))) throw notFound();
    const invited = new Set((await q.findInvitedUnitIds(trx, id)).map((r) => r.unitId));
    const seen = new Set<number>();
    for (const [i, e] of input.signIns.entries()) {
      if (seen.has(e.unitId)) throw fieldError(`signIns.${i}.unitId`, t.duplicateUnit);
      seen.add(e.unitId);
      if (!invited.has(e.unitId)) throw fieldError(`signIns.${i}.unitId`, t.unitNotInvited);
      if (e.status === 'absent' && !e.reason) throw fieldError(`signIns.${i}.reason`, t.absentReasonRequired);
      if (new Set(e.attendees).size !== e.attendees.length)
        throw fieldError(`signIns.${i}.attendees`, t.duplicateAttendee);
    }
    if (!(await q.touchStudyDay(trx, id, input.version, clock.nowIso()))) throw conflict();
    for (const e of input.signIns) {
      await q.setAttendance(trx, id, {
        unitId: e.unitId,
        status: e.status,
        attendee: e.status === 'present' ? e.attendee : null,
        reason: e.status === 'absent' ? e.reason : null,
      });
      // Names count only for a unit that attended; marking it absent or pending clears them.
      const names = e.status === 'present' ? e.attendees : [];
      await q.replaceAttendees(trx, ctx.user.tenantId, id, e.unitId, names);
    }
    Object.assign(audit, { objectType: 'studyDay', objectId: id, detail: { signIns: input.signIns } });
    return { id };
  });
}

export function deleteStudyDay(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'learning.studyDay.delete', async (trx, audit) => {
    const row = await q.findStudyDayById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    await q.deleteStudyDay(trx, id);
    Object.assign(audit, {
      objectType: 'studyDay',
      objectId: id,
      detail: { heldOn: row.heldOn, theme: row.theme },
    });
  });
}
