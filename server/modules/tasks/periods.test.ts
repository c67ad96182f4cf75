import { describe, expect, it } from 'vitest';
import { completionRate, slotState } from '../../../common/tasks.js';
import { periodsOf } from './periods.js';

describe('report periods', () => {
  it('gives a one-off task one slot due on its deadline', () => {
    expect(periodsOf('none', '2010-05-31', null, null)).toEqual([
      { key: '', label: '', dueOn: '2010-05-31' },
    ]);
  });

  it('gives a monthly task one slot per month, each due the same number of days after its month ends', () => {
    const p = periodsOf('monthly', '2010-02-05', '2010-01-01', '2010-04-30');
    expect(p.map((x) => x.key)).toEqual(['2010-01', '2010-02', '2010-03', '2010-04']);
    expect(p.map((x) => x.dueOn)).toEqual(['2010-02-05', '2010-03-05', '2010-04-05', '2010-05-05']);
    expect(p[1].label).toBe('2010年2月');
  });

  it('aligns quarterly slots to calendar quarters', () => {
    const p = periodsOf('quarterly', '2010-04-10', '2010-02-15', '2010-12-31');
    expect(p.map((x) => x.key)).toEqual(['2010Q1', '2010Q2', '2010Q3', '2010Q4']);
    expect(p.map((x) => x.dueOn)).toEqual(['2010-04-10', '2010-07-10', '2010-10-10', '2011-01-10']);
    expect(p[3].label).toBe('2010年第4季度');
  });
});

describe('matrix cell state', () => {
  it('tells done, late, review, returned, missing and open apart', () => {
    const today = '2010-06-10';
    const due = '2010-06-01';
    // submitted 2010-06-01 23:30 Beijing time = 15:30Z: on time
    expect(
      slotState({ status: 'accepted', dueOn: due, submittedAt: '2010-06-01T15:30:00.000Z' }, today),
    ).toBe('done');
    // 2010-06-02 00:30 Beijing = 2010-06-01T16:30Z: a day late in Shanghai
    expect(
      slotState({ status: 'accepted', dueOn: due, submittedAt: '2010-06-01T16:30:00.000Z' }, today),
    ).toBe('late');
    expect(
      slotState({ status: 'submitted', dueOn: due, submittedAt: '2010-06-01T01:00:00.000Z' }, today),
    ).toBe('review');
    expect(slotState({ status: 'returned', dueOn: due, submittedAt: null }, today)).toBe('returned');
    expect(slotState({ status: 'pending', dueOn: due, submittedAt: null }, today)).toBe('missing');
    expect(slotState({ status: 'pending', dueOn: '2010-06-10', submittedAt: null }, today)).toBe('open');
    expect(completionRate({ done: 2, late: 1, missing: 1 })).toBe(75);
    expect(completionRate({})).toBe(0);
  });
});
