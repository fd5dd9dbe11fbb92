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
};

/** The question the domain's access rule is asked for `action` on `resource`; null: refused outright. */
export function accessQuestion(resource: string, action: string): { resource: string; action: Action } | null {
  if (!Object.hasOwn(ruleQueryAccess, resource)) return { resource, action: action as Action };
  return action === 'list' || action === 'show' || action === 'export' ? { resource: ruleQueryAccess[resource]!, action: 'list' } : null;
}
