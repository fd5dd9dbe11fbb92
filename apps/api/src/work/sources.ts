import { ConsequenceStatus, PostTitle, ReserveStatus, Role, allowedReserveSteps, reserveStepLabels, type ReserveStep } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { ReserveCandidate } from '../reserve/reserve.entities';
import { Consequence } from '../assessment/assessment.entities';
import { ExitRecord } from '../exit/exit-record.entity';
import { CareDueResolver } from '../care/care.resource';
import { count, scoped, sql } from '../common/sql';
import { monthBounds } from '../pay/secretaries';
import { registerWorkSource } from './work';

/**
 * The pending work of the modules built so far: candidacies waiting for the step this role takes
 * (RES-3), consequences to confirm (MGT-2), exits still to take effect (MGT-3), last month's duty-log
 * checks not yet recorded (INS-2) and the care due this year (PAY-5). Counts go through the
 * request's scoped EntityManager or `scoped` SQL, so a unit user counts only its own unit.
 */

const ROLES = [Role.SUBDISTRICT_ADMIN, Role.SUBDISTRICT_ANALYST, Role.UNIT_USER] as const;

/** The console's list of a resource filtered as given. */
export function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

const STEP_FROM: Record<ReserveStep, ReserveStatus> = {
  PROPOSE: ReserveStatus.RECOMMENDED,
  COMMITTEE_REVIEW: ReserveStatus.PROPOSED,
  SUBDISTRICT_REVIEW: ReserveStatus.COMMITTEE_APPROVED,
};

// RES-3 one source per step: the roles are those the state machine lets take it
for (const step of Object.keys(STEP_FROM) as ReserveStep[]) {
  const from = STEP_FROM[step];
  const stepLabel = reserveStepLabels[step];
  registerWorkSource({
    key: `reserve.${step}`,
    roles: ROLES.filter((role) => allowedReserveSteps(from, role).includes(step)),
    label: { zh: `后备干部人选待${stepLabel.zh}`, en: `Reserve candidates awaiting the ${stepLabel.en.toLowerCase()}` },
    link: listLink('reserveCandidates', { status: from }),
    count: (ctx) => ctx.em.count(ReserveCandidate, { status: from }),
  });
}

registerWorkSource({
  key: 'assessment.consequences',
  roles: [Role.SUBDISTRICT_ADMIN],
  label: { zh: '考核结果运用待确认', en: 'Assessment consequences to confirm' },
  link: listLink('consequences', { status: ConsequenceStatus.PROPOSED }),
  count: (ctx) => ctx.em.count(Consequence, { status: ConsequenceStatus.PROPOSED, withdrawnByReopen: false }),
});

registerWorkSource({
  key: 'exit.pending',
  roles: [Role.SUBDISTRICT_ADMIN, Role.UNIT_USER],
  label: { zh: '干部退出尚未生效', en: 'Exits still to take effect' },
  link: '/exitRecords',
  count: (ctx) => ctx.em.count(ExitRecord, { effectiveDate: { $gt: ctx.today } }),
});

/** INS-2 The month before `today`'s month, `YYYY-MM`. */
export function previousMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** INS-2 Secretaries who held their unit's Party secretary post during `month` and whose log of that month has no check yet. */
export function uncheckedSecretaries(ctx: Context, month: string) {
  const { first, last } = monthBounds(month);
  return sql`
    SELECT DISTINCT a.cadre_id, a.unit_id FROM appointment a JOIN post p ON p.id = a.post_id AND p.unit_id = a.unit_id
    WHERE p.title = ${PostTitle.PARTY_SECRETARY} AND a.start_date <= ${last} AND (a.end_date IS NULL OR a.end_date > ${first})
      AND NOT EXISTS (SELECT 1 FROM duty_log_check c WHERE c.cadre_id = a.cadre_id AND c.month = ${month})${scoped(ctx, 'a.unit_id')}`;
}

registerWorkSource({
  key: 'pay.logChecks',
  roles: [Role.SUBDISTRICT_ADMIN],
  label: { zh: '上月履责纪实日志待检查', en: 'Last month’s duty logs to check' },
  link: '/dutyLogChecks',
  count: (ctx) => count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${uncheckedSecretaries(ctx, previousMonth(ctx.today))}) s`),
});

registerWorkSource({
  key: 'care.due',
  roles: [Role.SUBDISTRICT_ADMIN, Role.UNIT_USER],
  label: { zh: '本年度关怀待办(走访、体检)', en: 'Care due this year (visits, check-ups)' },
  link: '/care-calendar',
  count: async (ctx) => (await new CareDueResolver()._careDueMeta(null, null, null, ctx)).count,
});
