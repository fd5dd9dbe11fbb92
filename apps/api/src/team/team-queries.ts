import { AgeBand, TeamDimension, UNKNOWN_KEY, type IsoDate } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { EMPTY, and, fragments, raw, sql, unitConditions, type Sql } from '../common/sql';

/**
 * ORG-3 RES-4 RES-1 The team statistics as set-based statements: a fixed number of statements
 * whatever the number of units. The domain's `teamFigures` is the specification
 * (test/team-statistics.e2e.spec.ts compares both on boundary dates).
 */

export interface TeamScope {
  asOf: IsoDate;
  unitId?: string | null;
  kind?: string | null;
}

/** ` and …` limiting rows of a unit-owned table (alias `alias`, joined unit `u`) to the viewer's scope, the unit and the kind asked for. */
function unitFilter(ctx: Context, column: string, scope: TeamScope): Sql {
  return and(...unitConditions(ctx, column, scope.unitId), scope.kind ? sql`u.kind = ${scope.kind}` : EMPTY);
}

/** ORG-3 The ids of the cadres holding an appointment of a visible unit open on `asOf` (RES-4: the end date is the day the post is left). */
export function teamIds(ctx: Context, scope: TeamScope): Sql {
  return sql`select distinct a.cadre_id from appointment a join unit u on u.id = a.unit_id
    where a.start_date <= ${scope.asOf} and (a.end_date is null or ${scope.asOf} < a.end_date)${unitFilter(ctx, 'a.unit_id', scope)}`;
}

/** The bucket key of a dimension for a cadre row aliased `c` whose age on the date is `age`. */
export function keyExpression(dimension: TeamDimension, age: Sql): Sql {
  const band = sql`(case when ${age} <= 35 then ${raw(`'${AgeBand.UP_TO_35}'`)} when ${age} <= 45 then ${raw(`'${AgeBand.FROM_36_TO_45}'`)} when ${age} <= 55 then ${raw(`'${AgeBand.FROM_46_TO_55}'`)} else ${raw(`'${AgeBand.OVER_55}'`)} end)`;
  const unknown = raw(`'${UNKNOWN_KEY}'`);
  switch (dimension) {
    case TeamDimension.AGE_BAND:
      return band;
    case TeamDimension.EDUCATION:
      return sql`coalesce(c.education, ${unknown})`;
    case TeamDimension.GENDER:
      return raw('c.gender');
    case TeamDimension.PARTY_MEMBERSHIP:
      return sql`coalesce(c.political_status, ${unknown})`;
    case TeamDimension.ETHNICITY:
      return sql`coalesce(nullif(trim(c.ethnicity), ''), ${unknown})`;
    case TeamDimension.COLLEGE_GRADUATE_OFFICIAL:
      return raw(`(case when c.is_college_graduate_official then 'YES' else 'NO' end)`);
    case TeamDimension.AGE_BAND_AND_GENDER:
      return sql`(${band} || ':' || c.gender)`;
  }
}

/**
 * ORG-3 One statement: per dimension and key the number of team members (and the sum of their ages
 * for the whole team), the reserves by their status on the date and those in the pool by source,
 * and the posts with their vacancies and pairs (RES-1) on the date.
 * Columns: dim, k, n, s.
 */
export function statisticsStatement(ctx: Context, scope: TeamScope): Sql {
  const f = fragments(ctx.em);
  const { asOf } = scope;
  const age = f.ageOn('c.birth_date', asOf);
  // the team once (materialised on PostgreSQL), read by every breakdown
  const team = sql`with team as ${f.materialized}(
      select c.id, c.gender, c.education, c.political_status, c.ethnicity, c.is_college_graduate_official, ${age} as age
      from cadre c where c.id in (${teamIds(ctx, scope)})
    )`;
  const perDimension = Object.values(TeamDimension).map(
    (dimension) => sql`select ${raw(`'${dimension}'`)} as dim, k, count(*) as n, 0 as s from (select ${keyExpression(dimension, raw('c.age'))} as k from team c) d group by k`,
  );
  const reserveStatus = sql`(case
      when rc.in_pool_from is not null and rc.in_pool_from <= ${asOf} and (rc.left_pool_on is null or ${asOf} < rc.left_pool_on) then 'IN_POOL'
      when rc.left_pool_on is not null and rc.left_pool_on <= ${asOf} then 'WITHDRAWN'
      when rc.status = 'REJECTED' and coalesce(rc.subdistrict_reviewed_on, rc.committee_reviewed_on, rc.proposed_on, rc.recommended_on) <= ${asOf} then 'REJECTED'
      when rc.subdistrict_reviewed_on is not null and rc.subdistrict_reviewed_on <= ${asOf} then 'IN_POOL'
      when rc.committee_reviewed_on is not null and rc.committee_reviewed_on <= ${asOf} then 'COMMITTEE_APPROVED'
      when rc.proposed_on is not null and rc.proposed_on <= ${asOf} then 'PROPOSED'
      else 'RECOMMENDED' end)`;
  const reserves = sql`from reserve_candidate rc join unit u on u.id = rc.unit_id where rc.recommended_on <= ${asOf}${unitFilter(ctx, 'rc.unit_id', scope)}`;
  const posts = sql`from post p join unit u on u.id = p.unit_id where 1 = 1${unitFilter(ctx, 'p.unit_id', scope)}`;
  const held = sql`exists (select 1 from appointment a where a.post_id = p.id and a.start_date <= ${asOf} and (a.end_date is null or ${asOf} < a.end_date))`;
  const paired = sql`exists (select 1 from succession_pair sp where sp.post_id = p.id and sp.paired_on <= ${asOf} and (sp.released_on is null or ${asOf} < sp.released_on))`;
  return sql`${team}
${join([
    sql`select 'TEAM' as dim, 'ALL' as k, count(*) as n, coalesce(sum(c.age), 0) as s from team c`,
    ...perDimension,
    sql`select 'RESERVE_STATUS' as dim, k, count(*) as n, 0 as s from (select ${reserveStatus} as k ${reserves}) r group by k`,
    sql`select 'RESERVE_SOURCE' as dim, rc.source as k, count(*) as n, 0 as s ${reserves} and rc.in_pool_from is not null and rc.in_pool_from <= ${asOf} and (rc.left_pool_on is null or ${asOf} < rc.left_pool_on) group by rc.source`,
    sql`select 'POSTS' as dim, 'ALL' as k, count(*) as n, 0 as s ${posts}`,
    sql`select 'POSTS' as dim, 'VACANT' as k, count(*) as n, 0 as s ${posts} and not ${held}`,
    sql`select 'POSTS' as dim, 'PAIRED' as k, count(*) as n, 0 as s ${posts} and ${paired}`,
  ])}`;
}

function join(parts: Sql[]): Sql {
  return { text: parts.map((p) => p.text).join('\nunion all\n'), params: parts.flatMap((p) => p.params) };
}

/**
 * RES-1 ORG-3 One statement: per visible unit its posts, vacancies, posts with a paired reserve and
 * team size on the date. Columns: unit_id, code, name, kind, posts, vacant, paired, team_size.
 */
export function perUnitStatement(ctx: Context, scope: TeamScope): Sql {
  const f = fragments(ctx.em);
  const { asOf } = scope;
  return sql`select u.id as unit_id, u.code, u.name, u.kind,
      (select count(*) from post p where p.unit_id = u.id) as posts,
      (select count(*) from post p where p.unit_id = u.id and not exists (select 1 from appointment a where a.post_id = p.id and a.start_date <= ${asOf} and (a.end_date is null or ${asOf} < a.end_date))) as vacant,
      (select count(*) from post p where p.unit_id = u.id and exists (select 1 from succession_pair sp where sp.post_id = p.id and sp.paired_on <= ${asOf} and (sp.released_on is null or ${asOf} < sp.released_on))) as paired,
      (select count(distinct a.cadre_id) from appointment a where a.unit_id = u.id and a.start_date <= ${asOf} and (a.end_date is null or ${asOf} < a.end_date)) as team_size
    from unit u where 1 = 1${unitFilter(ctx, 'u.id', scope)}
    order by ${f.byCodePoint('u.code')}, u.id`;
}

/** ORG-3 The team members of a bucket (every column of `cadre`), by name (pinyin: the stored sort key) and id, for paging. */
export function peopleWhere(ctx: Context, scope: TeamScope, dimension: TeamDimension, key: string): Sql {
  const f = fragments(ctx.em);
  return sql`from cadre c where c.id in (${teamIds(ctx, scope)}) and ${keyExpression(dimension, f.ageOn('c.birth_date', scope.asOf))} = ${key}`;
}

export function peopleRows(ctx: Context, scope: TeamScope, dimension: TeamDimension, key: string, page: Sql): Sql {
  const f = fragments(ctx.em);
  return sql`select c.* ${peopleWhere(ctx, scope, dimension, key)} order by ${f.byCodePoint('c.name_sort')}, c.id${page}`;
}

export function peopleCount(ctx: Context, scope: TeamScope, dimension: TeamDimension, key: string): Sql {
  return sql`select count(*) as count ${peopleWhere(ctx, scope, dimension, key)}`;
}
