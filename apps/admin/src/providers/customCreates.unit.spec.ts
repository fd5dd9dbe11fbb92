import { describe, expect, it } from 'vitest';
import { exitFieldsOf, exitVariables, recommendVariables } from './customCreates';

describe('creation by workflow command', () => {
  it('RES-3 sends the vote of a democratic recommendation only', () => {
    const form = { unitId: 'u1', cadreId: 'c1', source: 'DEMOCRATIC', eligible: 56, present: '51', votesFor: 43, date: '2026-03-01', note: '  ' };
    expect(recommendVariables(form)).toEqual({ cadreId: 'c1', source: 'DEMOCRATIC', eligible: 56, present: 51, votesFor: 43, date: '2026-03-01', note: null });
    expect(recommendVariables({ ...form, source: 'SELF' })).toMatchObject({ source: 'SELF', eligible: null, present: null, votesFor: null });
  });

  it('MGT-3 asks each kind for what its procedure records', () => {
    expect(exitFieldsOf('RESIGNATION')).toEqual(['submittedOn']);
    expect(exitFieldsOf('DISMISSAL')).toEqual(['decisionNumber']);
    expect(exitFieldsOf('TERMINATION')).toEqual(['decisionNumber']);
    expect(exitFieldsOf('REMOVAL')).toEqual(['decisionNumber']);
    expect(exitFieldsOf('RECALL')).toEqual(['registeredVoters', 'votesCast', 'votesFor']);
    expect(exitFieldsOf(undefined)).toEqual([]);
  });

  it('MGT-3 drops what was typed for another kind, and leaves an empty approver to the API', () => {
    const form = {
      cadreId: 'c1',
      kind: 'RECALL',
      effectiveDate: '2026-05-01',
      reason: ' 罢免 ',
      approvedBy: '',
      submittedOn: '2026-04-01',
      decisionNumber: '办发〔2026〕1号',
      registeredVoters: 100,
      votesCast: 60,
      votesFor: 45,
    };
    expect(exitVariables(form)).toEqual({
      cadreId: 'c1',
      kind: 'RECALL',
      effectiveDate: '2026-05-01',
      reason: '罢免',
      basis: null,
      approvedBy: null,
      approvedOn: null,
      submittedOn: null,
      decisionNumber: null,
      registeredVoters: 100,
      votesCast: 60,
      votesFor: 45,
      consequenceId: null,
    });
    expect(exitVariables({ ...form, kind: 'RESIGNATION' })).toMatchObject({ submittedOn: '2026-04-01', decisionNumber: null, registeredVoters: null, votesFor: null });
  });
});
