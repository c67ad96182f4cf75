import { describe, expect, it } from 'vitest';
import { daysBetween, isLateSubmission } from '../../../common/inspections.js';
import { shanghaiDate } from '../../platform/clock.js';
import { rankingScore, sessionState, studyPlanDueDate } from './rules.js';

const base = {
  year: 2010,
  plannedMonth: 5,
  scheduledDate: null,
  studyPlanDate: null,
  studyPlanStatus: null,
  recordStatus: null,
};

describe('one-week rule', () => {
  it('is on time at 7 days and late at 6, counted in Shanghai calendar days', () => {
    expect(isLateSubmission('2010-03-13', '2010-03-20')).toBe(false);
    expect(isLateSubmission('2010-03-14', '2010-03-20')).toBe(true);
    expect(daysBetween('2010-02-27', '2010-03-06')).toBe(7);
    // 23:30 in Shanghai is still that Shanghai day; 00:30 the next day is the next one.
    expect(shanghaiDate(new Date('2010-03-13T15:30:00Z'))).toBe('2010-03-13');
    expect(shanghaiDate(new Date('2010-03-13T16:30:00Z'))).toBe('2010-03-14');
  });
});

describe('session state', () => {
  it('moves from planned to due to missing as the planned month approaches', () => {
    expect(sessionState(base, '2010-02-01')).toBe('planned');
    expect(sessionState(base, '2010-04-10')).toBe('studyPlanDue');
    expect(sessionState(base, '2010-05-01')).toBe('studyPlanMissing');
  });
  it('is missing when a scheduled date is less than 7 days away with nothing submitted', () => {
    const s = { ...base, scheduledDate: '2010-04-20' };
    expect(sessionState(s, '2010-04-13')).toBe('studyPlanDue');
    expect(sessionState(s, '2010-04-14')).toBe('studyPlanMissing');
    expect(studyPlanDueDate(s)).toBe('2010-04-13');
  });
  it('follows the study plan and the record', () => {
    expect(sessionState({ ...base, studyPlanStatus: 'returned' }, '2010-05-02')).toBe('studyPlanReturned');
    expect(sessionState({ ...base, studyPlanStatus: 'submitted' }, '2010-05-02')).toBe('studyPlanSubmitted');
    expect(sessionState({ ...base, studyPlanStatus: 'accepted' }, '2010-05-02')).toBe('studyPlanAccepted');
    expect(sessionState({ ...base, recordStatus: 'draft' }, '2010-05-02')).toBe('recordDraft');
    expect(sessionState({ ...base, recordStatus: 'submitted' }, '2010-05-02')).toBe('inspected');
  });
});

describe('ranking formula', () => {
  it('uses the full score sheet, else the grade, with capped bonus and malus and a timeliness deduction', () => {
    const scores = [20, 22, 18, 25].map((score, i) => ({ criterion: String(i), score }));
    expect(
      rankingScore({ grade: 'good', scores, practices: 1, shortcomings: 0, timeliness: 'onTime' }),
    ).toEqual({
      base: 85,
      total: 87,
    });
    expect(
      rankingScore({ grade: 'excellent', scores: [], practices: 9, shortcomings: 1, timeliness: 'late' }),
    ).toEqual({
      base: 95,
      total: 98,
    });
    expect(
      rankingScore({ grade: 'fair', scores: [], practices: 0, shortcomings: 7, timeliness: 'missing' }).total,
    ).toBe(50);
  });
});
