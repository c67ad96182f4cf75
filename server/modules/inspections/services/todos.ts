import type { Todo } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import { dataScope } from '../../../platform/access.js';
import { shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { presentSession } from '../presenters.js';
import * as xq from '../queries/selection.js';
import type { SessionRow } from '../queries/sessions.js';
import * as tq from '../queries/todos.js';
import { studyPlanDueDate } from '../rules.js';

const w = zh.inspections.web.todo;
const MAX = 30;
/** What to show first when the list is long: what the caller must act on now. */
const PRIORITY: Todo['kind'][] = [
  'studyPlanReturned',
  'feedbackToAck',
  'studyPlanToReview',
  'selectionToApprove',
  'publicityEnded',
  'recordDraft',
  'toInspect',
  'studyPlanMissing',
  'studyPlanDue',
  'notice',
];
const base = { sessionId: null, planId: null, selectionId: null, year: null, unitName: null, date: null };

interface Who {
  forUnit: boolean;
  forStaff: boolean;
  mine: Set<number>;
}

function sessionTodos(row: SessionRow, today: string, who: Who): Todo[] {
  const s = presentSession(row, today);
  const item = { ...base, sessionId: s.id, year: s.year, unitName: s.unitName };
  const out: Todo[] = [];
  const member = who.mine.has(s.id);
  if ((who.forUnit || who.forStaff) && s.state === 'studyPlanMissing')
    out.push({ ...item, kind: 'studyPlanMissing', date: studyPlanDueDate(row), text: w.studyPlanMissing });
  if (who.forUnit && s.state === 'studyPlanDue') {
    const due = studyPlanDueDate(row);
    out.push({ ...item, kind: 'studyPlanDue', date: due, text: w.studyPlanDue(due) });
  }
  if (who.forUnit && s.state === 'studyPlanReturned')
    out.push({ ...item, kind: 'studyPlanReturned', text: w.studyPlanReturned });
  if (who.forStaff && s.state === 'studyPlanSubmitted')
    out.push({ ...item, kind: 'studyPlanToReview', date: s.effectiveDate, text: w.studyPlanToReview });
  if (who.forUnit && s.recordStatus === 'submitted' && !s.feedbackAcknowledged)
    out.push({ ...item, kind: 'feedbackToAck', date: s.inspectedOn, text: w.feedbackToAck });
  if (member && s.state === 'recordDraft')
    out.push({ ...item, kind: 'recordDraft', date: s.effectiveDate, text: w.recordDraft });
  if (member && (s.state === 'studyPlanSubmitted' || s.state === 'studyPlanAccepted') && s.effectiveDate)
    out.push({ ...item, kind: 'toInspect', date: s.effectiveDate, text: w.toInspect(s.effectiveDate) });
  return out;
}

/**
 * The caller's open 巡听 items of every issued plan up to this year that still has open sessions:
 * the unit's notice, study plan due / overdue / returned and feedback to sign; the team member's
 * sessions to inspect or records to submit; the committee's study plans to review, overdue ones
 * and selection steps. Ordered by what to act on first, then by date.
 */
export async function todos(deps: Deps, ctx: RequestContext): Promise<Todo[]> {
  const today = shanghaiDate();
  const roles = ctx.user.roles;
  const rows = await tq.findOpenSessions(deps.db, dataScope(ctx), Number(today.slice(0, 4)));
  const who: Who = {
    forUnit: ctx.scope === 'unit',
    forStaff: roles.includes('committee_staff'),
    mine: await tq.findMemberSessionIds(deps.db, ctx.user.id),
  };
  const out: Todo[] = rows.flatMap((row) => sessionTodos(row, today, who));
  if (who.forUnit) {
    const planIds = [...new Set(rows.map((r) => r.planId))];
    for (const plan of await tq.findPlansByIds(deps.db, ctx.user.tenantId, planIds))
      out.push({
        ...base,
        kind: 'notice',
        planId: plan.id,
        year: plan.year,
        date: plan.issuedOn,
        text: w.notice(`${plan.title}（${plan.docNo}）`),
      });
  }
  if (roles.includes('committee_leader'))
    for (const x of await xq.findOpenSelections(deps.db, ctx.user.tenantId, ['nominated']))
      out.push({
        ...base,
        kind: 'selectionToApprove',
        selectionId: x.id,
        unitName: x.unitName,
        text: w.selectionToApprove,
      });
  if (who.forStaff)
    for (const x of await xq.findOpenSelections(deps.db, ctx.user.tenantId, ['publicizing']))
      if (x.publicityEnd && x.publicityEnd < today)
        out.push({
          ...base,
          kind: 'publicityEnded',
          selectionId: x.id,
          unitName: x.unitName,
          date: x.publicityEnd,
          text: w.publicityEnded,
        });
  const rank = (x: Todo) => PRIORITY.indexOf(x.kind);
  return out.sort((a, b) => rank(a) - rank(b) || (a.date ?? '').localeCompare(b.date ?? '')).slice(0, MAX);
}
