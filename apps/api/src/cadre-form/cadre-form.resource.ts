import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Problems, checkFamilyMember, checkResumeLine } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { CadreFamilyMember, CadreResumeLine } from './cadre-form.entities';

@InputType()
export class CadreResumeLineFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
}

@ArgsType()
export class CreateCadreResumeLineArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => Int, { nullable: true, description: 'the order on the form; default: after the last line' }) position?: number | null;
  @Field(() => String, { description: 'YYYY-MM' }) fromMonth!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; none: to this day' }) toMonth?: string | null;
  @Field(() => String) content!: string;
}

@ArgsType()
export class UpdateCadreResumeLineArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => String, { nullable: true }) fromMonth?: string | null;
  @Field(() => String, { nullable: true }) toMonth?: string | null;
  @Field(() => String, { nullable: true }) content?: string | null;
}

@InputType()
export class CadreFamilyMemberFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
}

@ArgsType()
export class CreateCadreFamilyMemberArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => Int, { nullable: true, description: 'the order on the form; default: after the last member' }) position?: number | null;
  @Field(() => String) relation!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) birthMonth?: string | null;
  @Field(() => String, { nullable: true }) politicalStatus?: string | null;
  @Field(() => String, { nullable: true }) workUnitAndPost?: string | null;
}

@ArgsType()
export class UpdateCadreFamilyMemberArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => String, { nullable: true }) relation?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthMonth?: string | null;
  @Field(() => String, { nullable: true }) politicalStatus?: string | null;
  @Field(() => String, { nullable: true }) workUnitAndPost?: string | null;
}

async function formCadre(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

/** The next position after the cadre's last line of this kind. */
async function nextPosition(ctx: Context, entity: typeof CadreResumeLine | typeof CadreFamilyMember, cadre: Cadre): Promise<number> {
  const rows = await ctx.em.find(entity as typeof CadreResumeLine, { cadre }, { orderBy: { position: 'desc' }, limit: 1 });
  return (rows[0]?.position ?? 0) + 1;
}

function checkPosition(position: unknown, problems: Problems): void {
  if (position == null) return;
  problems.check(Number.isInteger(position) && (position as number) >= 1 && (position as number) <= 999, 'position', 'between 1 and 999', '排列序号应在 1 至 999 之间');
}

function applyResumeLine(line: CadreResumeLine, input: Record<string, unknown>, ctx: Context): void {
  const problems = new Problems();
  checkPosition(input.position, problems);
  if (input.position != null) line.position = input.position as number;
  if (input.fromMonth != null) line.fromMonth = String(input.fromMonth).trim();
  if (input.toMonth !== undefined) line.toMonth = text(input.toMonth);
  if (input.content != null) line.content = String(input.content).trim();
  checkResumeLine(line, ctx.today, problems).throwIfAny();
}

function applyFamilyMember(m: CadreFamilyMember, input: Record<string, unknown>, ctx: Context): void {
  const problems = new Problems();
  checkPosition(input.position, problems);
  if (input.position != null) m.position = input.position as number;
  if (input.relation != null) m.relation = String(input.relation).trim();
  if (input.name != null) m.name = String(input.name).trim();
  if (input.birthMonth !== undefined) m.birthMonth = text(input.birthMonth);
  if (input.politicalStatus !== undefined) m.politicalStatus = text(input.politicalStatus);
  if (input.workUnitAndPost !== undefined) m.workUnitAndPost = text(input.workUnitAndPost);
  checkFamilyMember(m, ctx.today, problems).throwIfAny();
}

/** The appointment form's resume (简历): kept by the cadre's unit (ROLE-3) like the cadre. */
export const cadreResumeLineResource: ResourceDef<CadreResumeLine> = {
  name: 'CadreResumeLine',
  plural: 'CadreResumeLines',
  resource: 'cadreResumeLines',
  entity: CadreResumeLine,
  filter: CadreResumeLineFilter,
  sortFields: ['position', 'cadreId', 'fromMonth', 'createdAt'],
  defaultSort: { field: 'position', order: 'ASC' },
  create: {
    args: CreateCadreResumeLineArgs,
    async build(input, ctx) {
      const cadre = await formCadre(input, ctx);
      const line = Object.assign(new CadreResumeLine(), { unit: cadre.unit, cadre, position: await nextPosition(ctx, CadreResumeLine, cadre) });
      applyResumeLine(line, input, ctx);
      return line;
    },
  },
  update: { args: UpdateCadreResumeLineArgs, apply: (line, input, ctx) => applyResumeLine(line, input, ctx) },
  remove: { check: () => undefined },
};

/** The appointment form's family members and important social relations: kept by the cadre's unit (ROLE-3). */
export const cadreFamilyMemberResource: ResourceDef<CadreFamilyMember> = {
  name: 'CadreFamilyMember',
  plural: 'CadreFamilyMembers',
  resource: 'cadreFamilyMembers',
  entity: CadreFamilyMember,
  filter: CadreFamilyMemberFilter,
  sortFields: ['position', 'cadreId', 'createdAt'],
  defaultSort: { field: 'position', order: 'ASC' },
  create: {
    args: CreateCadreFamilyMemberArgs,
    async build(input, ctx) {
      const cadre = await formCadre(input, ctx);
      const m = Object.assign(new CadreFamilyMember(), { unit: cadre.unit, cadre, position: await nextPosition(ctx, CadreFamilyMember, cadre) });
      applyFamilyMember(m, input, ctx);
      return m;
    },
  },
  update: { args: UpdateCadreFamilyMemberArgs, apply: (m, input, ctx) => applyFamilyMember(m, input, ctx) },
  remove: { check: () => undefined },
};
