import {
  type CorrectionInput,
  GRADES,
  isoDateCheck,
  type RecordInput,
} from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import type { Trx } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { parseJson } from '../presenters.js';
import * as rq from '../queries/records.js';
import type { SessionRow } from '../queries/sessions.js';
import * as sq from '../queries/sessions.js';
import { reachAsTeamMember } from './records.js';

const t = zh.inspections;
const ct = t.correctionText;

type RecordRow = NonNullable<Awaited<ReturnType<typeof rq.findRecord>>>;
type Attendee = RecordInput['attendance'][number];
type Score = RecordInput['scores'][number];

/** The readable text a correction trail keeps for each kind of value (old and new). */
const describe = {
  attendance: (list: Attendee[]) =>
    list.map((a) => ct.attendee(a.name, a.present, a.absenceReason ?? null)).join(ct.sep),
  scores: (list: Score[]) => list.map((s) => ct.score(t.criteria[s.criterion], s.score)).join(ct.sep),
  item: (kind: string, category: string, content: string) =>
    ct.item(t.itemKinds[kind] ?? kind, t.categories[category] ?? category, content),
};

/** The request field a "nothing changed" error points at. */
const SAME_VALUE_FIELD: Record<string, string> = {
  attendance: 'attendance',
  scores: 'scores',
  itemEdit: 'content',
};

interface Change {
  oldValue: string;
  newValue: string;
  /** Columns of the record to set. */
  values?: Record<string, string | null>;
  /** Work on the practice/shortcoming items, run after the record's version check. */
  items?: (now: string) => Promise<unknown>;
}

function textChange(session: SessionRow, record: RecordRow, input: CorrectionInput): Change {
  const field = input.field as 'inspectedOn' | 'grade' | 'questionsAsked' | 'notes' | 'feedback';
  const newValue = input.newValue ?? '';
  if (field === 'inspectedOn') {
    if (!isoDateCheck(newValue)) throw fieldError('newValue', t.errors.badDate);
    if (Number(newValue.slice(0, 4)) !== session.year) throw fieldError('newValue', t.errors.dateOutsideYear);
  }
  if (field === 'grade' && !(GRADES as readonly string[]).includes(newValue))
    throw fieldError('newValue', t.errors.badGrade);
  if ((field === 'feedback' || field === 'inspectedOn') && !newValue)
    throw fieldError('newValue', t.errors.correctionNeeds);
  return { oldValue: String(record[field] ?? ''), newValue, values: { [field]: newValue } };
}

async function itemChange(trx: Trx, ctx: RequestContext, sessionId: number, input: CorrectionInput) {
  const category = input.itemCategory as string;
  const content = input.content as string;
  if (input.field === 'itemAdd') {
    const kind = input.kind as string;
    return {
      oldValue: '',
      newValue: describe.item(kind, category, content),
      items: async (now: string) =>
        rq.insertItem(trx, {
          tenantId: ctx.user.tenantId,
          sessionId,
          kind,
          category,
          content,
          sort: await rq.nextItemSort(trx, sessionId, kind),
          byCorrection: 1,
          createdAt: now,
        }),
    };
  }
  const item = await rq.findItemById(trx, sessionId, input.itemId as number);
  if (!item) throw notFound(t.errors.itemUnknown);
  const oldValue = describe.item(item.kind, item.category, item.content);
  if (input.field === 'itemRemove')
    return { oldValue, newValue: '', items: () => rq.deleteItem(trx, item.id) };
  return {
    oldValue,
    newValue: describe.item(item.kind, category, content),
    items: () => rq.updateItem(trx, item.id, { category, content }),
  };
}

async function changeOf(
  trx: Trx,
  ctx: RequestContext,
  session: SessionRow,
  record: RecordRow,
  input: CorrectionInput,
): Promise<Change> {
  switch (input.field) {
    case 'attendance': {
      const list = input.attendance as Attendee[];
      return {
        oldValue: describe.attendance(parseJson(record.attendance, [])),
        newValue: describe.attendance(list),
        values: { attendance: JSON.stringify(list) },
      };
    }
    case 'scores': {
      const list = input.scores as Score[];
      if (new Set(list.map((s) => s.criterion)).size !== list.length)
        throw fieldError('scores', t.errors.duplicateCriterion);
      return {
        oldValue: describe.scores(parseJson(record.scores, [])),
        newValue: describe.scores(list),
        values: { scores: JSON.stringify(list) },
      };
    }
    case 'itemAdd':
    case 'itemEdit':
    case 'itemRemove':
      return itemChange(trx, ctx, session.id, input);
    default:
      return textChange(session, record, input);
  }
}

/**
 * A correction of a locked record: the change and its trace (who, when, why, old → new) in one
 * transaction. Covers the text fields, attendance, the per-criterion scores and adding, editing
 * or removing one practice/shortcoming item. Every correction bumps the record's version.
 */
export function correctRecord(deps: Deps, ctx: RequestContext, sessionId: number, input: CorrectionInput) {
  return mutate(deps.db, ctx, 'inspections.record.correct', async (trx, audit) => {
    const session = await reachAsTeamMember(trx, ctx, sessionId);
    const record = await rq.findRecord(trx, sessionId);
    if (record?.status !== 'submitted') throw conflict(t.errors.recordNotSubmitted);
    const change = await changeOf(trx, ctx, session, record, input);
    if (change.oldValue === change.newValue)
      throw fieldError(SAME_VALUE_FIELD[input.field] ?? 'newValue', t.errors.sameValue);
    const now = clock.nowIso();
    if (!(await rq.updateRecord(trx, record.id, input.version, { ...change.values, updatedAt: now })))
      throw conflict();
    await change.items?.(now);
    const id = await rq.insertCorrection(trx, {
      tenantId: ctx.user.tenantId,
      sessionId,
      field: input.field,
      oldValue: change.oldValue,
      newValue: change.newValue,
      reason: input.reason,
      correctedBy: ctx.user.id,
      correctedAt: now,
    });
    await sq.touchSession(trx, sessionId, now);
    Object.assign(audit, {
      objectType: 'inspectionRecord',
      objectId: record.id,
      detail: {
        correctionId: id,
        field: input.field,
        itemId: input.itemId ?? null,
        oldValue: change.oldValue,
        newValue: change.newValue,
        reason: input.reason,
      },
    });
    return { id };
  });
}
