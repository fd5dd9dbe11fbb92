import type { EntityManager } from '@mikro-orm/core';
import { PostTitle, daysInMonth, type IsoDate, type PolicyValues, type YearMonth } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { policyFor } from '../policy/policy.service';
import { Appointment } from '../cadre/appointment.entity';

/** The first and last day of a month `YYYY-MM`. */
export function monthBounds(month: YearMonth): { first: IsoDate; last: IsoDate } {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

/** INS-2 Whether the cadre held a Party secretary post of its unit at some time during the month. */
export async function heldSecretaryPost(em: EntityManager, cadreId: string, unitId: string, month: YearMonth): Promise<boolean> {
  const { first, last } = monthBounds(month);
  const open = await em.count(Appointment, {
    cadre: cadreId,
    unit: unitId,
    post: { title: PostTitle.PARTY_SECRETARY, unit: unitId },
    startDate: { $lte: last },
    $or: [{ endDate: null }, { endDate: { $gt: first } }],
  });
  return open > 0;
}

const policies = new WeakMap<Context, Map<number, Promise<PolicyValues>>>();

/** The year's effective policy parameters, read once per request (field resolvers ask per row). */
export function policyOfYear(ctx: Context, year: number): Promise<PolicyValues> {
  let byYear = policies.get(ctx);
  if (!byYear) policies.set(ctx, (byYear = new Map()));
  let policy = byYear.get(year);
  if (!policy) byYear.set(year, (policy = policyFor(ctx.em, year)));
  return policy;
}
