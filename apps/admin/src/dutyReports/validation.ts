import { EVALUATION_FULL_MARKS, pollProblems, type Poll } from '@liangwei/domain';

type Values = Record<string, unknown>;

const num = (v: unknown): number | null => (v === '' || v == null || Number.isNaN(Number(v)) ? null : Number(v));

/** The poll as entered in the form. */
export function pollOfForm(values: Values): Poll {
  return {
    ballotsIssued: num(values.pollBallotsIssued),
    ballotsReturned: num(values.pollBallotsReturned),
    good: num(values.pollGood),
    fairlyGood: num(values.pollFairlyGood),
    average: num(values.pollAverage),
    poor: num(values.pollPoor),
  };
}

/**
 * TGT-4 The form's checks, the server's rules (the domain's `pollProblems`): ballots returned at
 * most those issued, the four counts together at most the ballots returned, whole numbers; the
 * two scores 0..100. Each problem on its field, in the console's language.
 */
export function validateDutyReport(values: Values, lang: 'zh' | 'en'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of pollProblems(pollOfForm(values))) errors[p.field] ??= lang === 'zh' ? (p.messageZh ?? p.message) : p.message;
  for (const field of ['selfEvaluationScore', 'higherEvaluationScore']) {
    const v = num(values[field]);
    if (v != null && (v < 0 || v > EVALUATION_FULL_MARKS)) errors[field] = 'app.duty_reports.score_range';
  }
  return errors;
}
