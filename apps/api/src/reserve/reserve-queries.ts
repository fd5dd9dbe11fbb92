import { Gender, type IsoDate, type PolicyValues } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { EMPTY, and, fragments, sql, unitConditions, type Sql } from '../common/sql';

/**
 * RES-4 and RES-1 as set-based statements. The domain's `reserveCompliance` and `successionGaps`
 * are the specification; test/rules-sql.e2e.spec.ts compares both on generated data.
 */

export interface ComplianceFilter {
  kind?: string | null;
  unitId?: string | null;
  /** only compliant (true) or non-compliant (false) units */
  compliant?: boolean | null;
}

/**
 * RES-4 Every visible unit's composition on `asOf` as one statement: the team (cadres holding an
 * appointment of the unit open on `asOf`, each once) with ages in full years, the unit's female
 * reserves in the pool on `asOf` (on the team or not), judged against the year's policy.
 * Columns: unit_id, code, team_size, aged45, aged35, female_reserves, compliant (1/0).
 */
export function complianceTable(ctx: Context, asOf: IsoDate, policy: PolicyValues, filter: ComplianceFilter): Sql {
  const f = fragments(ctx.em);
  const age = f.ageOn('t.birth_date', asOf);
  return sql`with team as (
      select distinct a.unit_id, c.id as cadre_id, c.birth_date
      from appointment a join cadre c on c.id = a.cadre_id
      where a.start_date <= ${asOf} and (a.end_date is null or ${asOf} < a.end_date)${and(...unitConditions(ctx, 'a.unit_id', filter.unitId))}
    ), counts as (
      select t.unit_id, count(*) as team_size,
        sum(case when ${age} <= ${policy.reserveYoungAge} then 1 else 0 end) as aged45,
        sum(case when ${age} <= ${policy.reserveYoungerAge} then 1 else 0 end) as aged35
      from team t group by t.unit_id
    ), females as (
      select rc.unit_id, count(distinct rc.cadre_id) as female_reserves
      from reserve_candidate rc join cadre c on c.id = rc.cadre_id
      where rc.in_pool_from is not null and rc.in_pool_from <= ${asOf} and (rc.left_pool_on is null or ${asOf} < rc.left_pool_on)
        and c.gender = ${Gender.FEMALE}${and(...unitConditions(ctx, 'rc.unit_id', filter.unitId))}
      group by rc.unit_id
    ), composition as (
      select u.id as unit_id, u.code, coalesce(k.team_size, 0) as team_size, coalesce(k.aged45, 0) as aged45,
        coalesce(k.aged35, 0) as aged35, coalesce(f.female_reserves, 0) as female_reserves
      from unit u left join counts k on k.unit_id = u.id left join females f on f.unit_id = u.id
      where 1 = 1${and(filter.kind ? sql`u.kind = ${filter.kind}` : EMPTY, ...unitConditions(ctx, 'u.id', filter.unitId))}
    ), judged as (
      select composition.*,
        case when aged45 >= ${policy.reserveYoungCount} and aged35 >= ${policy.reserveYoungerCount} and female_reserves >= ${policy.reserveFemaleCount} then 1 else 0 end as compliant
      from composition
    )
    select * from judged where 1 = 1${and(filter.compliant == null ? EMPTY : sql`compliant = ${filter.compliant ? 1 : 0}`)}`;
}

/** RES-4 the page of rows: non-compliant units first, then by unit code. */
export function complianceRows(ctx: Context, asOf: IsoDate, policy: PolicyValues, filter: ComplianceFilter, page: Sql): Sql {
  const f = fragments(ctx.em);
  return sql`select * from (${complianceTable(ctx, asOf, policy, filter)}) r order by compliant, ${f.byCodePoint('code')}, unit_id${page}`;
}

export function complianceCount(ctx: Context, asOf: IsoDate, policy: PolicyValues, filter: ComplianceFilter): Sql {
  return sql`select count(*) as count from (${complianceTable(ctx, asOf, policy, filter)}) r`;
}

export interface GapFilter {
  unitId?: string | null;
  kind?: string | null;
}

/** RES-1 一职一备: the posts with no pair active on `asOf` (paired on or before it, not released by then). */
function gapsWhere(ctx: Context, asOf: IsoDate, filter: GapFilter): Sql {
  return sql`from post p join unit u on u.id = p.unit_id
    where not exists (
      select 1 from succession_pair sp
      where sp.post_id = p.id and sp.paired_on <= ${asOf} and (sp.released_on is null or ${asOf} < sp.released_on)
    )${and(...unitConditions(ctx, 'p.unit_id', filter.unitId), filter.kind ? sql`u.kind = ${filter.kind}` : EMPTY)}`;
}

/** RES-1 the page of gap posts (every column of `post`), by unit code, title and id. */
export function gapRows(ctx: Context, asOf: IsoDate, filter: GapFilter, page: Sql): Sql {
  const f = fragments(ctx.em);
  return sql`select p.* ${gapsWhere(ctx, asOf, filter)} order by ${f.byCodePoint('u.code')}, ${f.byCodePoint('p.title')}, p.id${page}`;
}

export function gapCount(ctx: Context, asOf: IsoDate, filter: GapFilter): Sql {
  return sql`select count(*) as count ${gapsWhere(ctx, asOf, filter)}`;
}
