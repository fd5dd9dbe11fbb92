import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { WarningKind as WarningKindV, exitKindLabels, isoDateOf, type IsoDate, type WarningKind as WarningKindT } from '@liangwei/domain';
import { WarningKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { Cadre } from '../cadre/cadre.entity';
import { ExitRecord } from '../exit/exit-record.entity';

@ObjectType({ description: 'MGT-4 a warning sign on a cadre' })
export class CadreWarning {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => WarningKind) kind!: WarningKindT;
  @Field(() => DateScalar) since!: string;
  @Field(() => String, { description: 'in the users’ language (zh-CN)' }) detail!: string;
}

/**
 * MGT-4 A source of warning signs. Each rule that produces signs registers one here
 * (`registerWarningSource`); the list below does not change when a source is added.
 */
export interface WarningSource {
  kind: WarningKindT;
  collect(ctx: Context, asOf: IsoDate, unitId: string | null): Promise<CadreWarning[]>;
}

const sources: WarningSource[] = [];

export function registerWarningSource(source: WarningSource): void {
  if (!sources.some((s) => s.kind === source.kind)) sources.push(source);
}

/** MGT-3 an exit recorded but not yet effective */
registerWarningSource({
  kind: WarningKindV.EXIT_PENDING,
  async collect(ctx, asOf, unitId) {
    const exits = await ctx.em.find(ExitRecord, { effectiveDate: { $gt: asOf }, ...(unitId ? { unit: unitId } : {}) }, { populate: ['cadre'] });
    return exits.map((e) => ({ cadre: e.cadre, kind: WarningKindV.EXIT_PENDING, since: isoDateOf(e.createdAt), detail: `${exitKindLabels[e.kind].zh}，${e.effectiveDate}生效` }));
  },
});

@Resolver()
export class WarningResolver {
  /** MGT-4 Cadres with warning signs known on `asOf` (default today), through the viewer's scope. */
  @Query(() => [CadreWarning])
  async cadreWarnings(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CadreWarning[]> {
    assertCan(ctx, 'list', 'cadres');
    const date = asOf ?? ctx.today;
    const all = (await Promise.all(sources.map((s) => s.collect(ctx, date, unitId)))).flat();
    return all.sort((a, b) => a.cadre.name.localeCompare(b.cadre.name, 'zh-CN') || a.kind.localeCompare(b.kind));
  }
}
