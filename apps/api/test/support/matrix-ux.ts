import type { Case, Target } from './authorization-matrix';
import { adminOnly, adminToken as admin, everyoneReads, expectAll, mutation } from './matrix-kit';
import { participation, trainingSession } from './workflows';

/**
 * ROLE-1..4 rows of "My work", the names shown for usernames and the bulk actions. Imported by
 * `authorization-matrix.ts` (`registerUxMatrix(cases)`).
 */

let monthSeq = 0;
/** A month of 2025 not used by an earlier call (the fixture secretaries hold their posts all year). */
function freshMonth(): string {
  monthSeq += 1;
  return `2025-${String(13 - (((monthSeq - 1) % 12) + 1)).padStart(2, '0')}`;
}

export function registerUxMatrix(cases: Record<string, Case>): void {
  Object.assign(cases, {
    // the viewer's own pending work: the analyst takes no step and has none
    myWork: { call: () => ({ query: '{ myWork { key label labelEn count link } }' }), expect: expectAll('ok', { analyst: 'empty', anonymous: 'UNAUTHENTICATED' }) },
    // ROLE-3 a unit user gets names of its own unit's users and the subdistrict's, not another unit's
    userNames: {
      call: (t: Target) => ({ query: 'query($u: [String!]!) { userNames(usernames: $u) { username name } }', variables: { u: [t.unit.username] } }),
      expect: { ...everyoneReads, unitOther: 'empty' },
    },
    // TRN-1 a fresh session with one unconfirmed participant of the unit: another unit confirms nothing
    confirmTrainingAttendance: mutation(
      'mutation($s: ID!) { confirmTrainingAttendance(sessionId: $s) { id unitId attended } }',
      async (t) => {
        const session = await trainingSession(t.api, admin(t));
        await participation(t.api, admin(t), session, t.unit.cadreId);
        return { s: session };
      },
      { admin: 'ok', analyst: 'FORBIDDEN', unitOwn: 'ok', unitOther: 'empty', anonymous: 'UNAUTHENTICATED' },
    ),
    // INS-2 subdistrict admins only
    recordDutyLogChecks: mutation('mutation($m: String!) { recordDutyLogChecks(month: $m) { id month outcome } }', () => ({ m: freshMonth() }), adminOnly),
  });
}
