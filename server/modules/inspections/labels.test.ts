import { describe, expect, it } from 'vitest';
import * as c from '../../../common/inspections.js';
import { labelFromSchema } from '../../platform/field-labels.js';

/** Fields whose shared label would mislead name themselves in the schema (the 400 message uses it). */
describe('inspection field titles', () => {
  it.each([
    ['reason', '退回原因', c.returnInput],
    ['reason', '更正原因', c.correctionInput],
    ['reason', '推荐理由', c.nominationInput],
    ['content', '异议内容', c.objectionInput],
    ['content', '条目内容', c.correctionInput],
    ['approve', '是否同意', c.approvalInput],
    ['comment', '审批意见', c.approvalInput],
    ['comment', '结果说明', c.finalizeInput],
    ['decision', '评选结果', c.finalizeInput],
    ['comment', '审核意见', c.acceptInput],
    ['attendance.0.name', '参加人员姓名', c.recordInput],
    ['checks.0.note', '检查说明', c.recordInput],
    ['entries.0.month', '巡听月份', c.planUpdate],
    ['attendees', '应参加人员', c.studyPlanInput],
    ['memberIds', '巡听组成员', c.teamInput],
    ['name', '检查项目名称', c.checkItemInput],
    ['kind', '登记类型', c.registerKindParams],
  ] as const)('%s → %s', (path, title, schema) => {
    expect(labelFromSchema(schema, path)).toBe(title);
  });
});
