import type { Action } from '@liangwei/domain';

/**
 * ROLE-1..4 Who may read a rule query (a read-only list resource of the console, `ruleQueries.ts`):
 * whoever may list the resource the API checks for it (apps/api: `assertCan(ctx, 'list', ...)`).
 * Nobody writes one.
 */
export const ruleQueryAccess: Record<string, string> = {
  reserveCompliance: 'reserveCandidates',
  successionGaps: 'successionPairs',
  cadreWarnings: 'cadres',
  trainingHours: 'trainingParticipations',
  untrainedCadres: 'trainingParticipations',
  // ASM-2/3 the published ranking and a unit's trend: every viewer (a unit user: published years only)
  assessmentRanking: 'assessmentYears',
  assessmentHistory: 'assessmentYears',
  // PAY-4 every viewer (a unit user: its own award); PAY-3 like the scores
  targetAwards: 'assessmentYears',
  realisationAwards: 'assessmentScores',
  // TGT-6
  threeLinks: 'cadres',
  // PAY-1, PAY-2, PAY-5
  payReport: 'payRecords',
  allowanceReport: 'dutyLogChecks',
  careDue: 'careEvents',
  // a year's parameters; admins change them with setPolicyParameter (asked of the domain rule directly)
  policyParameters: 'policyParameters',
};

/** The question the domain's access rule is asked for `action` on `resource`; null: refused outright. */
export function accessQuestion(resource: string, action: string): { resource: string; action: Action } | null {
  if (!Object.hasOwn(ruleQueryAccess, resource)) return { resource, action: action as Action };
  return action === 'list' || action === 'show' || action === 'export' ? { resource: ruleQueryAccess[resource]!, action: 'list' } : null;
}
