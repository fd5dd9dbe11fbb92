import { ConflictError, ReserveStatus as RS, checkExit, exitKindLabels, pairActiveOn, type ExitFacts } from '@liangwei/domain';
import { PairRelease, SuccessionStatus } from '../graphql/enums';
import type { Context } from '../graphql/context';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { ReserveCandidate, ReserveStepRecord, SuccessionPair, SuccessionProposal } from '../reserve/reserve.entities';
import { ExitRecord } from './exit-record.entity';

/**
 * MGT-3 Carries out an exit in the request's unit of work (the caller flushes once): the exit is
 * recorded with what its kind's procedure needs; every appointment still open on the effective
 * date ends on it (a future date takes effect then); RES-2 the paired reserve of each vacated post
 * is proposed as successor; a cadre who was a reserve leaves the pool and their pairs are released.
 * Nothing is deleted. Used by `exitCadre` and by a confirmed removal (MGT-2).
 */
export async function performExit(ctx: Context, cadre: Cadre, facts: ExitFacts & { reason: string | null; approvedBy: string | null }): Promise<ExitRecord> {
  const { kind } = facts;
  const effectiveDate = facts.effectiveDate!;
  // the approver and the decision number are stored in 100-character columns (PostgreSQL refuses longer values)
  checkExit(facts)
    .check((facts.approvedBy?.length ?? 0) <= 100, 'approvedBy', 'at most 100 characters', '批准机关/人不能超过 100 个字')
    .check((facts.decisionNumber?.length ?? 0) <= 100, 'decisionNumber', 'at most 100 characters', '决定文号不能超过 100 个字')
    .throwIfAny();
  if (await ctx.em.count(ExitRecord, { cadre })) throw new ConflictError(`${cadre.name} has exited already.`, `${cadre.name}已办理退出，不能重复办理`);

  const exit = Object.assign(new ExitRecord(), { unit: cadre.unit, cadre, ...facts, reason: facts.reason!, approvedBy: facts.approvedBy!, recordedBy: ctx.username ?? 'system' });
  ctx.em.persist(exit);

  // End the appointments still open on (or after) the effective date.
  const open = await ctx.em.find(Appointment, { cadre, $or: [{ endDate: null }, { endDate: { $gt: effectiveDate } }] }, { populate: ['post'] });
  const later = open.find((a) => a.startDate > effectiveDate);
  if (later) throw new ConflictError(`${cadre.name} has an appointment starting ${later.startDate}, after the exit; change it first.`, `${cadre.name}有一项自 ${later.startDate} 起的任职，晚于退出生效日期，请先修改该任职`);
  for (const appointment of open) {
    appointment.endDate = effectiveDate;
    appointment.endedByExitId = exit.id;
  }

  // RES-2 propose the paired reserve of each vacated post.
  for (const appointment of open) {
    const pairs = await ctx.em.find(SuccessionPair, { post: appointment.post }, { populate: ['reserveCandidate'] });
    const pair = pairs.find((p) => pairActiveOn(p, effectiveDate));
    if (pair && pair.reserveCandidate.cadre.id !== cadre.id) {
      ctx.em.persist(Object.assign(new SuccessionProposal(), { unit: cadre.unit, post: appointment.post, pair, reserveCandidate: pair.reserveCandidate, exitRecordId: exit.id, vacatedOn: effectiveDate }));
    }
  }

  // A reserve who exits leaves the pool; the posts they backed become gaps.
  const candidacies = await ctx.em.find(ReserveCandidate, { cadre, status: { $nin: [RS.REJECTED, RS.WITHDRAWN] } });
  for (const candidate of candidacies) {
    if (candidate.status === RS.IN_POOL) candidate.leftPoolOn = effectiveDate;
    candidate.status = RS.WITHDRAWN;
    ctx.em.persist(Object.assign(new ReserveStepRecord(), { unit: cadre.unit, candidate, step: 'WITHDRAW', approved: true, resultingStatus: RS.WITHDRAWN, date: effectiveDate, byUsername: ctx.username ?? 'system', note: `退出(${exitKindLabels[kind].zh})` }));
    for (const pair of await ctx.em.find(SuccessionPair, { reserveCandidate: candidate, releasedOn: null })) {
      pair.releasedOn = effectiveDate < pair.pairedOn ? pair.pairedOn : effectiveDate;
      pair.releaseReason = PairRelease.RESERVE_EXITED;
    }
    for (const proposal of await ctx.em.find(SuccessionProposal, { reserveCandidate: candidate, status: SuccessionStatus.PROPOSED })) {
      proposal.status = SuccessionStatus.DECLINED;
      proposal.note = '后备干部已退出';
    }
  }
  return exit;
}
