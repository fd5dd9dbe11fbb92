import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Info, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { rowsUnder, stubOf } from '../resource/projection';
import {
  TeamDimension as TeamDimensionValues,
  UNKNOWN_KEY,
  coverageRatio,
  recommendationSourceLabels,
  reserveStatusLabels,
  teamBucketKeys,
  teamBucketLabel,
  type IsoDate,
  type Labels,
  type TeamDimension as TeamDimensionT,
} from '@liangwei/domain';
import { UnitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, num, pageClause, query } from '../common/sql';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { peopleCount, peopleRows, perUnitStatement, statisticsStatement, type TeamScope } from './team-queries';

export const TeamDimension = TeamDimensionValues;
registerEnumType(TeamDimension, { name: 'TeamDimension', description: 'ORG-3 a breakdown of the team statistics' });

@ObjectType({ description: 'ORG-3 one bucket of a breakdown: its key (a code), its label (zh-CN) and how many' })
export class Bucket {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'the label in English' }) labelEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'RES-1 ORG-3 one unit’s posts, vacancies, 一职一备 pairs and team size on the date' })
export class UnitTeamFigures {
  @Field(() => Unit) unit!: Unit;
  @Field(() => ID) unitId!: string;
  @Field(() => Int) posts!: number;
  @Field(() => Int) vacancies!: number;
  @Field(() => Int) pairedPosts!: number;
  @Field(() => Float, { nullable: true, description: 'posts with a paired reserve / posts; null without posts' }) coverage!: number | null;
  @Field(() => Int) teamSize!: number;
}

@ObjectType({ description: 'ORG-3 RES-4 RES-1 the two-committee teams on a date: each breakdown adds up to teamSize' })
export class TeamStatistics {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => UnitKind, { nullable: true }) kind!: string | null;
  @Field(() => Int) teamSize!: number;
  @Field(() => Float, { nullable: true, description: 'mean age in full years on the date; null for no team' }) averageAge!: number | null;
  @Field(() => [Bucket], { description: '≤35, 36–45, 46–55, >55 (35 and 45 included in their band)' }) byAgeBand!: Bucket[];
  @Field(() => [Bucket]) byEducation!: Bucket[];
  @Field(() => [Bucket]) byGender!: Bucket[];
  @Field(() => [Bucket], { description: 'by political status' }) byPartyMembership!: Bucket[];
  @Field(() => [Bucket]) byEthnicity!: Bucket[];
  @Field(() => [Bucket], { description: '大学生村官 (YES) or not (NO)' }) byCollegeGraduateOfficial!: Bucket[];
  @Field(() => [Bucket], { description: 'the age pyramid: key "<band>:<gender>"' }) byAgeBandAndGender!: Bucket[];
  @Field(() => [Bucket], { description: 'RES-3 reserve candidacies recommended by the date, by their status on it' }) reservesByStatus!: Bucket[];
  @Field(() => [Bucket], { description: 'RES-3 reserves in the pool on the date, by how they were recommended' }) reservesBySource!: Bucket[];
  @Field(() => Int) posts!: number;
  @Field(() => Int, { description: 'posts nobody holds on the date' }) vacancies!: number;
  @Field(() => Int, { description: 'RES-1 posts with a reserve paired on the date' }) pairedPosts!: number;
  @Field(() => Float, { nullable: true, description: 'RES-1 一职一备 coverage: pairedPosts / posts; null without posts' }) coverage!: number | null;
}

type Counts = Map<string, Map<string, number>>;

function buckets(dimension: TeamDimensionT, counts: Map<string, number> | undefined): Bucket[] {
  const keys = teamBucketKeys(dimension);
  const seen = new Set(keys);
  // ethnicity has no fixed keys: the recorded ones, most frequent first ("not recorded" last)
  const extra = [...(counts?.keys() ?? [])].filter((k) => !seen.has(k)).sort((a, b) => (a === UNKNOWN_KEY ? 1 : b === UNKNOWN_KEY ? -1 : (counts!.get(b) ?? 0) - (counts!.get(a) ?? 0) || (a < b ? -1 : 1)));
  return [...keys, ...extra].map((key) => ({ key, label: teamBucketLabel(dimension, key, 'zh'), labelEn: teamBucketLabel(dimension, key, 'en'), count: counts?.get(key) ?? 0 }));
}

function labelled<T extends string>(labels: Labels<T>, counts: Map<string, number> | undefined): Bucket[] {
  return (Object.keys(labels) as T[]).map((key) => ({ key, label: labels[key].zh, labelEn: labels[key].en, count: counts?.get(key) ?? 0 }));
}

/** ORG-3 the arguments every team statistics query takes */
function scopeOf(ctx: Context, asOf: string | null, unitId: string | null, kind: string | null): TeamScope {
  assertCan(ctx, 'list', 'cadres');
  return { asOf: (asOf ?? ctx.today) as IsoDate, unitId, kind };
}

@Resolver(() => TeamStatistics)
export class TeamStatisticsResolver {
  /**
   * ORG-3 RES-4 RES-1 The team (cadres holding a post) on `asOf` (default today) of the visible units
   * (a unit user: its own), of one unit or of one kind: one statement whatever the number of units.
   */
  @Query(() => TeamStatistics)
  async teamStatistics(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ): Promise<TeamStatistics> {
    const scope = scopeOf(ctx, asOf, unitId, kind);
    const rows = await query(ctx.em, statisticsStatement(ctx, scope));
    const counts: Counts = new Map();
    let ageSum = 0;
    for (const row of rows) {
      const dim = String(row.dim);
      if (dim === 'TEAM') ageSum = num(row.s);
      const byKey = counts.get(dim) ?? new Map<string, number>();
      byKey.set(String(row.k), num(row.n));
      counts.set(dim, byKey);
    }
    const teamSize = counts.get('TEAM')?.get('ALL') ?? 0;
    const posts = counts.get('POSTS')?.get('ALL') ?? 0;
    const pairedPosts = counts.get('POSTS')?.get('PAIRED') ?? 0;
    const D = TeamDimension;
    return {
      asOf: scope.asOf,
      unitId,
      kind,
      teamSize,
      averageAge: teamSize ? Math.round((ageSum / teamSize) * 10) / 10 : null,
      byAgeBand: buckets(D.AGE_BAND, counts.get(D.AGE_BAND)),
      byEducation: buckets(D.EDUCATION, counts.get(D.EDUCATION)),
      byGender: buckets(D.GENDER, counts.get(D.GENDER)),
      byPartyMembership: buckets(D.PARTY_MEMBERSHIP, counts.get(D.PARTY_MEMBERSHIP)),
      byEthnicity: buckets(D.ETHNICITY, counts.get(D.ETHNICITY)),
      byCollegeGraduateOfficial: buckets(D.COLLEGE_GRADUATE_OFFICIAL, counts.get(D.COLLEGE_GRADUATE_OFFICIAL)),
      byAgeBandAndGender: buckets(D.AGE_BAND_AND_GENDER, counts.get(D.AGE_BAND_AND_GENDER)),
      reservesByStatus: labelled(reserveStatusLabels, counts.get('RESERVE_STATUS')),
      reservesBySource: labelled(recommendationSourceLabels, counts.get('RESERVE_SOURCE')),
      posts,
      vacancies: counts.get('POSTS')?.get('VACANT') ?? 0,
      pairedPosts,
      coverage: coverageRatio(pairedPosts, posts),
    };
  }

  /** RES-1 ORG-3 per visible unit (of the same scope): posts, vacancies, pairs, team size — one statement, then one batched read of the units. */
  @FieldResolver(() => [UnitTeamFigures])
  async byUnit(@Root() stats: TeamStatistics, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<UnitTeamFigures[]> {
    const rows = await query(ctx.em, perUnitStatement(ctx, { asOf: stats.asOf as IsoDate, unitId: stats.unitId, kind: stats.kind }));
    const units = await rowsUnder(ctx, info, 'unit', 'Unit', rows.map((row) => String(row.unit_id)));
    return rows.map((row) => {
      const posts = num(row.posts);
      const pairedPosts = num(row.paired);
      return { unit: (units?.get(String(row.unit_id)) ?? stubOf(String(row.unit_id))) as unknown as Unit, unitId: String(row.unit_id), posts, vacancies: num(row.vacant), pairedPosts, coverage: coverageRatio(pairedPosts, posts), teamSize: num(row.team_size) };
    });
  }

  /** ORG-3 The people behind a bucket of `teamStatistics` (same date, unit and kind), by name; paged like the rule queries. */
  @Query(() => [Cadre])
  async teamStatisticsPeople(
    @Arg('dimension', () => TeamDimension) dimension: TeamDimensionT,
    @Arg('key', () => String) key: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<Cadre[]> {
    const scope = scopeOf(ctx, asOf, unitId, kind);
    const rows = await query(ctx.em, peopleRows(ctx, scope, dimension, key, pageClause(paging)));
    return rows.map((row) => ctx.em.map(Cadre, row));
  }

  /** ORG-3 How many people `teamStatisticsPeople` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _teamStatisticsPeopleMeta(
    @Arg('dimension', () => TeamDimension) dimension: TeamDimensionT,
    @Arg('key', () => String) key: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Args(() => RulePageArgs) _paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    const scope = scopeOf(ctx, asOf, unitId, kind);
    const [row] = await query(ctx.em, peopleCount(ctx, scope, dimension, key));
    return { count: num(row?.count) };
  }
}
