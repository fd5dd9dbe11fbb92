import type { EntityManager } from '@mikro-orm/core';
import { effectivePolicy, policyParameters, type PolicyValues } from '@liangwei/domain';
import { PolicyValue } from './policy.entity';

/** The effective policy parameters of a year: the stored values over the defaults. */
export async function policyFor(em: EntityManager, year: number): Promise<PolicyValues> {
  const stored = await em.find(PolicyValue, { year });
  const overrides: Record<string, number | boolean> = {};
  for (const row of stored) {
    const def = policyParameters.find((p) => p.key === row.key);
    if (!def) continue;
    overrides[row.key] = typeof def.default === 'boolean' ? row.value !== 0 : row.value;
  }
  return effectivePolicy(overrides as Partial<PolicyValues>);
}
