import type { Todo } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import { dataScope } from '../../../platform/access.js';
import { shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { presentSession } from '../presenters.js';
import * as pq from '../queries/plans.js';
import * as xq from '../queries/selection.js';
import * as sq from '../queries/sessions.js';
import { studyPlanDueDate } from '../rules.js';

const w = zh.inspections.web.todo;
const MAX = 30;

/**
 * The caller's open 巡听 items of the current year: the unit's notice, study plan due / overdue /
 * returned and feedback to sign; the team member's sessions to inspect or records to submit; the
 * committee's overdue study plans and selection steps.
 */
export async function todos(deps: Deps, ctx: RequestContext): Promise<Todo[]> {
  const today = shanghaiDate();
  const out: Todo[] = [];
  const base = { sessionId: null, planId: null, selectionId: null, unitName: null, date: null };
  const roles = ctx.user.roles;
  const plan = await pq.findPlanByYear(deps.db, ctx.user.tenantId, Number(today.slice(0, 4)));
  if (plan?.status === 'issued') {
    const rows = await sq.findSessionsOfPlan(deps.db, dataScope(ctx), plan.id);
    const sessions = rows.map((r) => ({ row: r, s: presentSession(r, today) }));
    if (ctx.scope === 'unit' && sessions.length)
      out.push({
        ...base,
        kind: 'notice',
        planId: plan.id,
        date: plan.issuedOn,
        text: w.notice(`${plan.title}（${plan.docNo}）`),
      });
    const forUnit = ctx.scope === 'unit';
    const forCommittee = roles.includes('committee_staff');
    const mine = await sq.findMemberSessionIds(deps.db, ctx.user.id, plan.id);
    for (const { row, s } of sessions) {
      const item = { ...base, sessionId: s.id, unitName: s.unitName };
      if ((forUnit || forCommittee) && s.state === 'studyPlanMissing')
        out.push({
          ...item,
          kind: 'studyPlanMissing',
          date: studyPlanDueDate({ ...row, studyPlanDate: row.studyPlanDate }),
          text: w.studyPlanMissing,
        });
      if (forUnit && s.state === 'studyPlanDue') {
        const due = studyPlanDueDate(row);
        out.push({ ...item, kind: 'studyPlanDue', date: due, text: w.studyPlanDue(due) });
      }
      if (forUnit && s.state === 'studyPlanReturned')
        out.push({ ...item, kind: 'studyPlanReturned', text: w.studyPlanReturned });
      if (forUnit && s.recordStatus === 'submitted' && !s.feedbackAcknowledged)
        out.push({ ...item, kind: 'feedbackToAck', date: s.inspectedOn, text: w.feedbackToAck });
      if (mine.has(s.id) && s.state === 'recordDraft')
        out.push({ ...item, kind: 'recordDraft', date: s.effectiveDate, text: w.recordDraft });
      if (mine.has(s.id) && s.state === 'studyPlanSubmitted' && s.effectiveDate)
        out.push({ ...item, kind: 'toInspect', date: s.effectiveDate, text: w.toInspect(s.effectiveDate) });
    }
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
  if (roles.includes('committee_staff'))
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
  return out.slice(0, MAX);
}
