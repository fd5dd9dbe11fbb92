import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Problems, isYearMonth, LogCheckOutcome as Outcome, type LogCheckOutcome as LogCheckOutcomeT } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { byIds, query } from '../common/sql';
import { Cadre } from '../cadre/cadre.entity';
import { TrainingParticipation, TrainingSession } from '../training/training.entities';
import { LogCheckOutcome } from '../pay/enums';
import { DutyLogCheck } from '../pay/pay.entities';
import { uncheckedSecretaries } from './sources';

/**
 * Bulk actions of the console: one mutation, one flush (one transaction, each row audited by the
 * unit of work), the same checks as the single-record mutations.
 */
@Resolver()
export class BulkResolver {
  /**
   * TRN-1 Confirms the attendance of every participant of a session whose attendance is not yet
   * recorded (an absence or attendance already recorded is kept), in the viewer's scope: a unit
   * confirms its own cadres, the admin everyone's. A participant without hours gets the session's.
   * Returns the participations it confirmed.
   */
  @Mutation(() => [TrainingParticipation])
  async confirmTrainingAttendance(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<TrainingParticipation[]> {
    assertCan(ctx, 'edit', 'trainingParticipations');
    const session = await findVisible(ctx.em, TrainingSession, sessionId);
    if (!session) throw badReference('sessionId', 'training session', '培训');
    const open = await ctx.em.find(TrainingParticipation, { session, attended: null }, { orderBy: { id: 'asc' } });
    for (const p of open) {
      assertCan(ctx, 'edit', 'trainingParticipations', p.unit.id);
      p.attended = true;
      p.confirmedBy = ctx.username;
      p.hours ??= session.hours;
    }
    await ctx.em.flush();
    return open;
  }

  /**
   * INS-2 Records the check of `month` for every secretary who held the post during that month
   * and has no check of it yet (a check already recorded is kept), with one outcome; a failed
   * check needs remarks. Subdistrict admins only. Returns the checks it created.
   */
  @Mutation(() => [DutyLogCheck])
  async recordDutyLogChecks(
    @Arg('month', () => String, { description: 'YYYY-MM, not in the future' }) month: string,
    @Arg('outcome', () => LogCheckOutcome, { nullable: true, description: 'default PASS' }) outcome: LogCheckOutcomeT | null,
    @Arg('remarks', () => String, { nullable: true, description: 'required when the checks failed' }) remarks: string | null,
    @Ctx() ctx: Context,
  ): Promise<DutyLogCheck[]> {
    assertCan(ctx, 'create', 'dutyLogChecks');
    const result = outcome ?? Outcome.PASS;
    const note = text(remarks);
    const problems = new Problems();
    if (!isYearMonth(month)) problems.add('month', 'not a month (YYYY-MM)', '月份格式应为 YYYY-MM');
    else if (month > ctx.today.slice(0, 7)) problems.add('month', 'lies in the future', '月份不能晚于本月');
    problems.check(result !== Outcome.FAIL || !!note, 'remarks', 'a failed check needs remarks (why it failed)', '检查未通过的，须在备注中说明原因');
    problems.throwIfAny();
    const rows = await query<{ cadre_id: string; unit_id: string }>(ctx.em, uncheckedSecretaries(ctx, month));
    const cadres = await byIds(ctx.em, Cadre, rows.map((r) => r.cadre_id));
    const checks: DutyLogCheck[] = [];
    for (const row of rows) {
      const cadre = cadres.get(row.cadre_id);
      if (!cadre || checks.some((c) => c.cadre.id === cadre.id)) continue;
      assertCan(ctx, 'create', 'dutyLogChecks', cadre.unit.id);
      const check = Object.assign(new DutyLogCheck(), { unit: cadre.unit, cadre, month, outcome: result, remarks: note, checkedBy: ctx.username ?? 'system' });
      ctx.em.persist(check);
      checks.push(check);
    }
    await ctx.em.flush();
    return checks;
  }
}
