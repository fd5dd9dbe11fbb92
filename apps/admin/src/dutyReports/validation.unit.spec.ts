import { describe, expect, it } from 'vitest';
import { validateDutyReport } from './validation';

describe('TGT-4 the duty report form checks the poll as the server does', () => {
  it('TGT-4 counts adding up to more than the ballots returned name the four count fields', () => {
    const errors = validateDutyReport({ pollBallotsIssued: 60, pollBallotsReturned: 50, pollGood: 30, pollFairlyGood: 10, pollAverage: 10, pollPoor: 1 }, 'zh');
    expect(Object.keys(errors)).toEqual(['pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor']);
    expect(errors.pollPoor).toContain('不能多于收回票数');
    expect(validateDutyReport({ pollBallotsIssued: 60, pollBallotsReturned: 50, pollGood: 30, pollFairlyGood: 10, pollAverage: 10, pollPoor: 0 }, 'zh')).toEqual({});
  });

  it('TGT-4 ballots returned above those issued name pollBallotsReturned', () => {
    expect(Object.keys(validateDutyReport({ pollBallotsIssued: 50, pollBallotsReturned: 51 }, 'en'))).toEqual(['pollBallotsReturned']);
  });

  it('TGT-4 scores lie within 0..100; empty fields are not checked', () => {
    expect(validateDutyReport({ selfEvaluationScore: 100.5, higherEvaluationScore: 0 }, 'zh')).toEqual({ selfEvaluationScore: 'app.duty_reports.score_range' });
    expect(validateDutyReport({ selfEvaluationScore: '', pollGood: '' }, 'zh')).toEqual({});
  });
});
