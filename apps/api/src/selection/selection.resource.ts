import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConflictError, PostTitle as PostTitleV, checkSelection, type Judgement as JudgementT, type SelectionMethod as SelectionMethodT, type SourceCategory as SourceCategoryT } from '@liangwei/domain';
import { Judgement, SelectionMethod, SourceCategory } from '../graphql/enums';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Appointment } from '../cadre/appointment.entity';
import { Post } from '../org/post.entity';
import { SecretarySelection } from './secretary-selection.entity';

@InputType()
export class SecretarySelectionFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) appointmentId?: string;
  @Field(() => SourceCategory, { nullable: true }) sourceCategory?: SourceCategoryT;
  @Field(() => SelectionMethod, { nullable: true }) method?: SelectionMethodT;
  @Field(() => Boolean, { nullable: true }) dispatched?: boolean;
}

@ArgsType()
class SelectionFields {
  @Field(() => String, { nullable: true }) dispatchedFrom?: string | null;
  @Field(() => String, { nullable: true }) noLocalCandidateReason?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class CreateSecretarySelectionArgs extends SelectionFields {
  @Field(() => ID) appointmentId!: string;
  @Field(() => SourceCategory) sourceCategory!: SourceCategoryT;
  @Field(() => SelectionMethod) method!: SelectionMethodT;
  @Field(() => Judgement) developmentAbility!: JudgementT;
  @Field(() => Judgement) stabilityAbility!: JudgementT;
  @Field(() => Judgement) servesPeople!: JudgementT;
  @Field(() => Judgement) buildsOrganisation!: JudgementT;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) dispatched?: boolean;
}

@ArgsType()
export class UpdateSecretarySelectionArgs extends SelectionFields {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => SourceCategory, { nullable: true }) sourceCategory?: SourceCategoryT;
  @Field(() => SelectionMethod, { nullable: true }) method?: SelectionMethodT;
  @Field(() => Judgement, { nullable: true }) developmentAbility?: JudgementT;
  @Field(() => Judgement, { nullable: true }) stabilityAbility?: JudgementT;
  @Field(() => Judgement, { nullable: true }) servesPeople?: JudgementT;
  @Field(() => Judgement, { nullable: true }) buildsOrganisation?: JudgementT;
  @Field(() => Boolean, { nullable: true }) dispatched?: boolean;
}

const FIELDS = ['sourceCategory', 'method', 'developmentAbility', 'stabilityAbility', 'servesPeople', 'buildsOrganisation', 'dispatched'] as const;

function apply(s: SecretarySelection, input: Record<string, unknown>): void {
  for (const key of FIELDS) if (input[key] != null) (s as unknown as Record<string, unknown>)[key] = input[key];
  for (const key of ['dispatchedFrom', 'noLocalCandidateReason', 'note'] as const) if (input[key] !== undefined) s[key] = text(input[key]);
  checkSelection({
    sourceCategory: s.sourceCategory,
    dispatched: s.dispatched,
    dispatchedFrom: s.dispatchedFrom,
    noLocalCandidateReason: s.noLocalCandidateReason,
    judgements: { developmentAbility: s.developmentAbility, stabilityAbility: s.stabilityAbility, servesPeople: s.servesPeople, buildsOrganisation: s.buildsOrganisation },
  })
    // stored in a 200-character column (PostgreSQL refuses longer values)
    .check((s.dispatchedFrom?.length ?? 0) <= 200, 'dispatchedFrom', 'at most 200 characters', '选派单位不能超过 200 个字')
    .throwIfAny();
}

async function secretaryAppointment(id: string, ctx: Parameters<NonNullable<ResourceDef<SecretarySelection>['create']>['build']>[1]): Promise<Appointment> {
  const appointment = await findVisible(ctx.em, Appointment, id);
  if (!appointment) throw badReference('appointmentId', 'appointment', '任职');
  const post = await ctx.em.findOneOrFail(Post, appointment.post.id);
  if (post.title !== PostTitleV.PARTY_SECRETARY) throw badReference('appointmentId', 'Party secretary appointment', '党组织书记任职');
  return appointment;
}

/** SEL-3..5 One selection record per Party secretary appointment, entered by the subdistrict. */
export const secretarySelectionResource: ResourceDef<SecretarySelection> = {
  name: 'SecretarySelection',
  plural: 'SecretarySelections',
  resource: 'secretarySelections',
  entity: SecretarySelection,
  filter: SecretarySelectionFilter,
  sortFields: ['sourceCategory', 'method', 'unitId', 'createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  create: {
    args: CreateSecretarySelectionArgs,
    async build(input, ctx) {
      const appointment = await secretaryAppointment(String(input.appointmentId), ctx);
      if (await ctx.em.count(SecretarySelection, { appointment })) throw new ConflictError('This appointment has a selection record already: update it.', '该任职已有书记选任记录，请修改原记录');
      const s = Object.assign(new SecretarySelection(), { unit: appointment.unit, appointment });
      apply(s, input);
      return s;
    },
  },
  update: { args: UpdateSecretarySelectionArgs, apply: (s, input) => apply(s, input) },
};
