import type { Validator } from 'react-admin';

/** PAY-5 The roles whose users are the subdistrict's leadership members (who lead home visits). */
export const LEADER_ROLES: readonly string[] = ['SUBDISTRICT_ADMIN', 'SUBDISTRICT_ANALYST'];

/** PAY-5 A home visit is led by a subdistrict leadership member: a user, or a name. */
export const leaderForHomeVisit: Validator = (_value: unknown, values: Record<string, unknown>) => {
  if (values.kind !== 'HOME_VISIT') return undefined;
  const named = typeof values.ledByName === 'string' && values.ledByName.trim() !== '';
  return values.ledById || named ? undefined : 'app.care.leader_required';
};
