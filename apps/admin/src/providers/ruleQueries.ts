import { isoDateOf } from '@liangwei/domain';
import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import { graphqlRequest } from './graphqlRequest';
import {
  ALLOWANCE_REPORT,
  ASSESSMENT_HISTORY,
  ASSESSMENT_RANKING,
  CADRE_WARNINGS,
  CARE_DUE,
  PAY_REPORT,
  POLICY_PARAMETERS,
  REALISATION_AWARDS,
  RESERVE_COMPLIANCE,
  SUCCESSION_GAPS,
  TARGET_AWARDS,
  THREE_LINKS,
  TRAINING_HOURS,
  UNTRAINED_CADRES,
} from './operations';

/**
 * The API's rule queries (RES-4 compliance, RES-1 gaps, MGT-4 warnings, TRN-2 statistics) as
 * read-only "virtual resources": `getList('reserveCompliance', { filter: { asOf } })` runs the
 * query, so the console lists them with react-admin's List, DataTable and useGetList (react-query
 * caching, refresh, the filter form) like any resource. Each row gets an `id`, `unitId` and,
 * where it is about a cadre, `cadreId`.
 */

type Filter = Record<string, unknown>;
type Row = RaRecord & Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A year from a filter value (a number input gives a number, the URL a string); else this year. */
export function yearOf(value: unknown, today = isoDateOf(new Date())): number {
  const year = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(year) && year >= 1949 && year <= 9999 ? year : Number(today.slice(0, 4));
}

/** A month `YYYY-MM` from a filter value, else null. */
export function monthOf(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

const unitKindOf = (value: unknown): 'VILLAGE' | 'COMMUNITY' => (value === 'COMMUNITY' ? 'COMMUNITY' : 'VILLAGE');

export const ruleQueries = {
  /** RES-4 one row per unit, non-compliant units first (the API's order) */
  reserveCompliance: async (filter: Filter): Promise<Row[]> => {
    const { reserveCompliance } = await graphqlRequest(RESERVE_COMPLIANCE, { asOf: text(filter.asOf), kind: (text(filter.kind) as never) ?? null });
    return reserveCompliance.map((r) => ({ ...r, id: r.unit.id, unitId: r.unit.id }));
  },
  /** RES-1 posts without a reserve */
  successionGaps: async (filter: Filter): Promise<Row[]> => {
    const { successionGaps } = await graphqlRequest(SUCCESSION_GAPS, { asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return successionGaps.map((p) => ({ ...p, postId: p.id }));
  },
  /** MGT-4 one row per warning sign */
  cadreWarnings: async (filter: Filter): Promise<Row[]> => {
    const { cadreWarnings } = await graphqlRequest(CADRE_WARNINGS, { asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return cadreWarnings.map((w) => ({ ...w, id: `${w.cadre.id}:${w.kind}:${w.since}`, cadreId: w.cadre.id, unitId: w.cadre.unitId }));
  },
  /** TRN-2 hours per cadre in a year */
  trainingHours: async (filter: Filter): Promise<Row[]> => {
    const { trainingHours } = await graphqlRequest(TRAINING_HOURS, { year: yearOf(filter.year), unitId: text(filter.unitId) });
    return trainingHours.map((r) => ({ ...r, id: r.cadre.id, cadreId: r.cadre.id, unitId: r.cadre.unitId, name: r.cadre.name }));
  },
  /** TRN-2 team members without training in a year */
  untrainedCadres: async (filter: Filter): Promise<Row[]> => {
    const { untrainedCadres } = await graphqlRequest(UNTRAINED_CADRES, { year: yearOf(filter.year), unitId: text(filter.unitId) });
    return untrainedCadres.map((c) => ({ ...c, cadreId: c.id }));
  },
  /** ASM-3 the ranking of a year within a kind (a draft year: computed from the scores so far) */
  assessmentRanking: async (filter: Filter): Promise<Row[]> => {
    const { assessmentRanking } = await graphqlRequest(ASSESSMENT_RANKING, { year: yearOf(filter.year), kind: unitKindOf(filter.kind) });
    return assessmentRanking.map((r) => ({ ...r, id: r.unit.id, unitId: r.unit.id, name: r.unit.name }));
  },
  /** ASM-3 a unit's published results over the years */
  assessmentHistory: async (filter: Filter): Promise<Row[]> => {
    const unitId = text(filter.unitId);
    if (!unitId) return [];
    const { assessmentHistory } = await graphqlRequest(ASSESSMENT_HISTORY, { unitId });
    return assessmentHistory.map((r) => ({ ...r, id: `${r.unit.id}:${r.year}`, unitId: r.unit.id }));
  },
  /** PAY-4 the main leaders of the top units of a published year */
  targetAwards: async (filter: Filter): Promise<Row[]> => {
    const { targetAwards } = await graphqlRequest(TARGET_AWARDS, { year: yearOf(filter.year) });
    const unitId = text(filter.unitId);
    return targetAwards.filter((a) => !unitId || a.unit.id === unitId).map((a) => ({ ...a, id: a.unit.id, unitId: a.unit.id, kind: a.unit.kind, cadreId: a.recipient?.id ?? null }));
  },
  /** PAY-3 each cadre's realisation award */
  realisationAwards: async (filter: Filter): Promise<Row[]> => {
    const { realisationAwards } = await graphqlRequest(REALISATION_AWARDS, { year: yearOf(filter.year), unitId: text(filter.unitId) });
    return realisationAwards.map((a) => ({ ...a, id: a.cadre.id, cadreId: a.cadre.id, unitId: a.unit.id, name: a.cadre.name }));
  },
  /** TGT-6 the results of a year feeding pay, awards and appointment, per cadre */
  threeLinks: async (filter: Filter): Promise<Row[]> => {
    const { threeLinks } = await graphqlRequest(THREE_LINKS, { year: yearOf(filter.year), unitId: text(filter.unitId), cadreId: text(filter.cadreId) });
    return threeLinks.map((r) => ({ ...r, id: r.cadre.id, cadreId: r.cadre.id, unitId: r.unit.id, name: r.cadre.name }));
  },
  /** PAY-1 a year's pay records, below-floor first */
  payReport: async (filter: Filter): Promise<Row[]> => {
    const { payReport } = await graphqlRequest(PAY_REPORT, { year: yearOf(filter.year), unitId: text(filter.unitId) });
    return payReport.map((r) => ({ ...r, cadreId: r.cadre.id, unitId: r.unit.id, name: r.cadre.name }));
  },
  /** PAY-2 each secretary's allowance per month and why (a month, or the year up to now) */
  allowanceReport: async (filter: Filter): Promise<Row[]> => {
    const month = monthOf(filter.month);
    const year = month ? Number(month.slice(0, 4)) : yearOf(filter.year);
    const { allowanceReport } = await graphqlRequest(ALLOWANCE_REPORT, { year, month, unitId: text(filter.unitId) });
    return allowanceReport.map((r) => ({ ...r, id: `${r.cadre.id}:${r.month}`, cadreId: r.cadre.id, unitId: r.unit.id, name: r.cadre.name }));
  },
  /** PAY-5 the care due by the end of the date's year, overdue first */
  careDue: async (filter: Filter): Promise<Row[]> => {
    const { careDue } = await graphqlRequest(CARE_DUE, { asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return careDue.map((r) => ({ ...r, id: `${r.cadre.id}:${r.kind}`, cadreId: r.cadre.id, unitId: r.unit.id, name: r.cadre.name }));
  },
  /** a year's policy parameters with their defaults */
  policyParameters: async (filter: Filter): Promise<Row[]> => {
    const { policyParameters } = await graphqlRequest(POLICY_PARAMETERS, { year: yearOf(filter.year) });
    return policyParameters.map((p) => ({ ...p, id: p.key }));
  },
} satisfies Record<string, (filter: Filter) => Promise<Row[]>>;

export type RuleQueryResource = keyof typeof ruleQueries;

export function isRuleQuery(resource: string): resource is RuleQueryResource {
  return Object.hasOwn(ruleQueries, resource);
}

function valueAt(record: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), record);
}

/**
 * Sorting and paging on the client: the rule queries answer every row at once (at most a few
 * hundred). Without a sort field the API's order stays (compliance: non-compliant first).
 */
export function pageRows<R extends Row>(rows: R[], params: Pick<GetListParams, 'pagination' | 'sort'>): GetListResult<R> {
  let sorted = rows;
  const field = params.sort?.field;
  if (field && field !== 'id') {
    const dir = params.sort?.order === 'DESC' ? -1 : 1;
    sorted = [...rows].sort((a, b) => {
      const x = valueAt(a, field);
      const y = valueAt(b, field);
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
      if (typeof x === 'boolean' && typeof y === 'boolean') return (Number(x) - Number(y)) * dir;
      return String(x).localeCompare(String(y), 'zh-CN') * dir;
    });
  }
  const { page = 1, perPage = sorted.length || 1 } = params.pagination ?? {};
  const start = (page - 1) * perPage;
  return { data: sorted.slice(start, start + perPage), total: sorted.length };
}

export async function getRuleQueryList(resource: RuleQueryResource, params: GetListParams): Promise<GetListResult> {
  const rows = await ruleQueries[resource](params.filter ?? {});
  return pageRows(rows, params);
}
