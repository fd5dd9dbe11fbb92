import { WarningKind, defaultPolicy, halfBounds, halfLabels, lastEndedHalf, missingFlaggedFrom } from '@liangwei/domain';
import { registerWarningSource } from '../warnings/warnings';
import { raw, sql } from '../common/sql';
import { missingDetail } from './missing';

/**
 * MGT-4 / TGT-3 a team member without a duty report for the last half year that has ended on
 * asOf, from the day after that half ended.
 */
registerWarningSource({
  kind: WarningKind.DUTY_REPORT_MISSING,
  select: (q) => {
    const { year, half } = lastEndedHalf(q.asOf);
    const { start, end } = halfBounds(year, half);
    return sql`select a.cadre_id, ${q.fragments.text(missingFlaggedFrom(year, half))} as since, ${q.fragments.text(missingDetail(year, half))} as detail, min(a.id) as record_id
      from appointment a
      where a.start_date <= ${end} and (a.end_date is null or a.end_date > ${start})${q.units('a.unit_id')}
        and not exists (select 1 from duty_report r where r.cadre_id = a.cadre_id and r.year = ${year} and r.half = ${half})
      group by a.cadre_id`;
  },
});

const VOTES = 'coalesce(r.poll_good, 0) + coalesce(r.poll_fairly_good, 0) + coalesce(r.poll_average, 0) + coalesce(r.poll_poor, 0)';

/**
 * MGT-4 / TGT-4 a written poll of this or last year's reports whose share of 差 is above the
 * threshold of the report's year (its stored value, else the default); exactly at it is not. As the
 * domain's isPoorPoll, compared in whole numbers: 差 × 10⁶ > round(threshold × 10⁶) × votes.
 * Since: the day of the Party members' assembly (where the poll is held), else of the
 * representatives' meeting, of the report to the subdistrict, or the day it was recorded.
 */
registerWarningSource({
  kind: WarningKind.POOR_POLL,
  select: (q) => {
    const year = Number(q.asOf.slice(0, 4));
    const threshold = sql`coalesce((select pv.value from policy_value pv where pv.year = r.year and pv.key = ${'dutyPollPoorShareThreshold'}), ${q.fragments.real(defaultPolicy.dutyPollPoorShareThreshold)})`;
    const halfText = sql`case r.half when 1 then ${halfLabels[1].zh} else ${halfLabels[2].zh} end`;
    return sql`select r.cadre_id,
        coalesce(r.party_members_assembly_date, r.residents_meeting_date, r.subdistrict_committee_date, ${q.fragments.chinaDate('r.created_at')}) as since,
        cast(r.year as varchar(4)) || ${'年'} || ${halfText} || ${'党员群众测评“差”票 '} || cast(r.poll_poor as varchar(12)) || ${' 张，共 '} || cast(${raw(VOTES)} as varchar(12)) || ${' 张'} as detail,
        r.id as record_id
      from duty_report r
      where r.year >= ${year - 1} and r.year <= ${year} and ${raw(VOTES)} > 0${q.units('r.unit_id')}
        and r.poll_poor * 1000000 > round(${threshold} * 1000000) * (${raw(VOTES)})`;
  },
});
