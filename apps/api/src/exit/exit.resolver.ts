import { Arg, Ctx, FieldResolver, ID, InputType, Field, Int, Mutation, Resolver, Root } from 'type-graphql';
import { exitIsEffective, type ExitKind as ExitKindT } from '@liangwei/domain';
import { ExitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { declareComputedFields } from '../resource/projection';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { SuccessionProposal } from '../reserve/reserve.entities';
import { ExitRecord } from './exit-record.entity';
import { performExit } from './exit.service';

@InputType()
export class ExitRecordFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => ExitKind, { nullable: true }) kind?: ExitKindT;
  @Field(() => DateScalar, { nullable: true }) effectiveDate_gte?: string;
  @Field(() => DateScalar, { nullable: true }) effectiveDate_lte?: string;
  @Field(() => DateScalar, { nullable: true }) effectiveDate_gt?: string;
}

/** MGT-3 Exits: read here; recorded by `exitCadre`. */
export const exitRecordResource: ResourceDef<ExitRecord> = {
  name: 'ExitRecord',
  plural: 'ExitRecords',
  resource: 'exitRecords',
  entity: ExitRecord,
  filter: ExitRecordFilter,
  sortFields: ['effectiveDate', 'kind', 'unitId', 'createdAt'],
  defaultSort: { field: 'effectiveDate', order: 'DESC' },
  computed: { effective: ['effectiveDate'], endedAppointments: ['id'], successionProposals: ['id'] },
};

declareComputedFields('Cadre', { exit: ['id'] });

@Resolver(() => ExitRecord)
export class ExitResolver {
  /**
   * MGT-3 A cadre leaves: the exit is recorded with what its kind's procedure needs; every
   * appointment still open on the effective date ends on it (a future date takes effect then);
   * RES-2 the paired reserve of each vacated post is proposed as successor; a cadre who was
   * a reserve leaves the pool and their pairs are released. Nothing is deleted.
   */
  @Mutation(() => ExitRecord)
  async exitCadre(
    @Arg('cadreId', () => ID) cadreId: string,
    @Arg('kind', () => ExitKind) kind: ExitKindT,
    @Arg('effectiveDate', () => DateScalar) effectiveDate: string,
    @Arg('reason', () => String) reason: string,
    @Arg('basis', () => String, { nullable: true }) basis: string | null,
    @Arg('approvedBy', () => String, { nullable: true, description: 'defaults to the user recording the exit' }) approvedBy: string | null,
    @Arg('approvedOn', () => DateScalar, { nullable: true }) approvedOn: string | null,
    @Arg('submittedOn', () => DateScalar, { nullable: true, description: 'RESIGNATION: date handed in' }) submittedOn: string | null,
    @Arg('decisionNumber', () => String, { nullable: true }) decisionNumber: string | null,
    @Arg('registeredVoters', () => Int, { nullable: true, description: 'RECALL' }) registeredVoters: number | null,
    @Arg('votesCast', () => Int, { nullable: true, description: 'RECALL' }) votesCast: number | null,
    @Arg('votesFor', () => Int, { nullable: true, description: 'RECALL' }) votesFor: number | null,
    @Arg('consequenceId', () => ID, { nullable: true, description: 'REMOVAL: the MGT-2 consequence' }) consequenceId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExitRecord> {
    assertCan(ctx, 'create', 'exitRecords');
    const cadre = await findVisible(ctx.em, Cadre, cadreId);
    if (!cadre) throw badReference('cadreId', 'cadre', '干部');
    assertCan(ctx, 'create', 'exitRecords', cadre.unit.id);
    const facts = { kind, effectiveDate, reason: text(reason), basis: text(basis), approvedBy: text(approvedBy) ?? ctx.username, approvedOn, submittedOn, decisionNumber: text(decisionNumber), registeredVoters, votesCast, votesFor, consequenceId };
    const exit = await performExit(ctx, cadre, facts);
    await ctx.em.flush();
    return exit;
  }

  @FieldResolver(() => Boolean, { description: 'MGT-3 false while the effective date is still ahead' })
  effective(@Root() exit: Pick<ExitRecord, 'effectiveDate'>, @Ctx() ctx: Context): boolean {
    return exitIsEffective(exit.effectiveDate, ctx.today);
  }

  @FieldResolver(() => [Appointment], { description: 'the appointments this exit ended' })
  endedAppointments(@Root() exit: Pick<ExitRecord, 'id'>, @Ctx() ctx: Context): Promise<Appointment[]> {
    return ctx.em.find(Appointment, { endedByExitId: exit.id }, { orderBy: { startDate: 'asc' } });
  }

  @FieldResolver(() => [SuccessionProposal], { description: 'RES-2 successors proposed for the posts it vacated' })
  successionProposals(@Root() exit: Pick<ExitRecord, 'id'>, @Ctx() ctx: Context): Promise<SuccessionProposal[]> {
    return ctx.em.find(SuccessionProposal, { exitRecordId: exit.id });
  }
}

@Resolver(() => Cadre)
export class CadreExitResolver {
  @FieldResolver(() => ExitRecord, { nullable: true, description: 'MGT-3 the cadre’s exit, if any' })
  exit(@Root() cadre: Pick<Cadre, 'id'>, @Ctx() ctx: Context): Promise<ExitRecord | null> {
    return ctx.em.findOne(ExitRecord, { cadre: cadre.id });
  }
}
