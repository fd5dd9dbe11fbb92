import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { checkHonourFacts, type HonourKind as HonourKindT } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { HonourKind } from './enums';
import { Honour } from './care.entities';

@InputType()
export class HonourFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => HonourKind, { nullable: true }) kind?: HonourKindT;
  @Field(() => DateScalar, { nullable: true }) date_gte?: string;
  @Field(() => DateScalar, { nullable: true }) date_lte?: string;
}

@ArgsType()
export class CreateHonourArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => HonourKind) kind!: HonourKindT;
  @Field(() => DateScalar, { description: 'not in the future' }) date!: string;
  @Field(() => String, { nullable: true, description: 'at most 500 characters' }) description?: string | null;
}

@ArgsType()
export class UpdateHonourArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => HonourKind, { nullable: true }) kind?: HonourKindT;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

function applyHonour(h: Honour, input: Record<string, unknown>, ctx: Context): void {
  if (input.kind != null) h.kind = input.kind as HonourKindT;
  if (input.date != null) h.date = String(input.date);
  if (input.description !== undefined) h.description = text(input.description);
  checkHonourFacts({ kind: h.kind, date: h.date, description: h.description }, ctx.today).throwIfAny();
}

async function honouredCadre(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

/** PAY-6 Honours and recommendations on cadres: recorded by the subdistrict, read by the unit concerned. */
export const honourResource: ResourceDef<Honour> = {
  name: 'Honour',
  plural: 'Honours',
  resource: 'honours',
  entity: Honour,
  filter: HonourFilter,
  searchFields: ['description'],
  sortFields: ['date', 'kind', 'unitId', 'cadreId', 'createdAt'],
  defaultSort: { field: 'date', order: 'DESC' },
  create: {
    args: CreateHonourArgs,
    async build(input, ctx) {
      const cadre = await honouredCadre(input, ctx);
      const h = Object.assign(new Honour(), { unit: cadre.unit, cadre, kind: input.kind as HonourKindT, date: String(input.date) });
      applyHonour(h, input, ctx);
      return h;
    },
  },
  update: { args: UpdateHonourArgs, apply: (h, input, ctx) => applyHonour(h, input, ctx) },
};
