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
 * where it is about a cadre, `cadreId`. The list-shaped ones are paged and counted by the API
 * (`pagedRuleQueries`); the short ones answer every row and are paged here (`ruleQueries`).
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

/** A page of a rule query: zero-based `page` and `perPage` (1..1000) as the API takes them. */
export interface ApiPage {
  page: number;
  perPage: number;
}

/** A page of rows and how many rows the rule query has in all (its `_<name>Meta` count). */
interface Paged {
  data: Row[];
  total: number;
}

const bool = (value: unknown): boolean | null => (value === true || value === 'true' ? true : value === false || value === 'false' ? false : null);

/**
 * The rule queries the API pages in the database: one request asks for a page of rows and for
 * their count (`_<name>Meta` with the same filters), in the rule's own order.
 */
export const pagedRuleQueries = {
  /** RES-4 one row per unit, non-compliant units first (the API's order) */
  reserveCompliance: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(RESERVE_COMPLIANCE, { ...page, asOf: text(filter.asOf), kind: (text(filter.kind) as never) ?? null, compliant: bool(filter.compliant) });
    return { data: r.reserveCompliance.map((c) => ({ ...c, id: c.unit.id, unitId: c.unit.id })), total: r._reserveComplianceMeta.count };
  },
  /** RES-1 posts without a reserve */
  successionGaps: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(SUCCESSION_GAPS, { ...page, asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return { data: r.successionGaps.map((p) => ({ ...p, postId: p.id })), total: r._successionGapsMeta.count };
  },
  /** MGT-4 one row per warning sign */
  cadreWarnings: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(CADRE_WARNINGS, { ...page, asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return {
      data: r.cadreWarnings.map((w) => ({ ...w, id: `${w.cadre.id}:${w.kind}:${w.since}`, cadreId: w.cadre.id, unitId: w.cadre.unitId })),
      total: r._cadreWarningsMeta.count,
    };
  },
  /** TRN-2 hours per cadre in a year */
  trainingHours: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(TRAINING_HOURS, { ...page, year: yearOf(filter.year), unitId: text(filter.unitId) });
    return { data: r.trainingHours.map((h) => ({ ...h, id: h.cadre.id, cadreId: h.cadre.id, unitId: h.cadre.unitId, name: h.cadre.name })), total: r._trainingHoursMeta.count };
  },
  /** TRN-2 team members without training in a year */
  untrainedCadres: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(UNTRAINED_CADRES, { ...page, year: yearOf(filter.year), unitId: text(filter.unitId) });
    return { data: r.untrainedCadres.map((c) => ({ ...c, cadreId: c.id })), total: r._untrainedCadresMeta.count };
  },
  /** ASM-3 the ranking of a year within a kind (a draft year: computed from the scores so far) */
  assessmentRanking: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(ASSESSMENT_RANKING, { ...page, year: yearOf(filter.year), kind: unitKindOf(filter.kind) });
    return { data: r.assessmentRanking.map((a) => ({ ...a, id: a.unit.id, unitId: a.unit.id, name: a.unit.name })), total: r._assessmentRankingMeta.count };
  },
  /** TGT-6 the results of a year feeding pay, awards and appointment, per cadre */
  threeLinks: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(THREE_LINKS, { ...page, year: yearOf(filter.year), unitId: text(filter.unitId), cadreId: text(filter.cadreId) });
    return { data: r.threeLinks.map((t) => ({ ...t, id: t.cadre.id, cadreId: t.cadre.id, unitId: t.unit.id, name: t.cadre.name })), total: r._threeLinksMeta.count };
  },
  /** PAY-1 a year's pay records, below-floor first (`belowFloor`: only those below, or only the others) */
  payReport: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(PAY_REPORT, { ...page, year: yearOf(filter.year), unitId: text(filter.unitId), belowFloor: bool(filter.belowFloor) });
    return { data: r.payReport.map((p) => ({ ...p, cadreId: p.cadre.id, unitId: p.unit.id, name: p.cadre.name })), total: r._payReportMeta.count };
  },
  /** PAY-2 each secretary's allowance per month and why (a month, or the year up to now) */
  allowanceReport: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const month = monthOf(filter.month);
    const year = month ? Number(month.slice(0, 4)) : yearOf(filter.year);
    const r = await graphqlRequest(ALLOWANCE_REPORT, { ...page, year, month, unitId: text(filter.unitId) });
    return {
      data: r.allowanceReport.map((a) => ({ ...a, id: `${a.cadre.id}:${a.month}`, cadreId: a.cadre.id, unitId: a.unit.id, name: a.cadre.name })),
      total: r._allowanceReportMeta.count,
    };
  },
  /** PAY-5 the care due by the end of the date's year, overdue first */
  careDue: async (filter: Filter, page: ApiPage): Promise<Paged> => {
    const r = await graphqlRequest(CARE_DUE, { ...page, asOf: text(filter.asOf), unitId: text(filter.unitId) });
    return { data: r.careDue.map((c) => ({ ...c, id: `${c.cadre.id}:${c.kind}`, cadreId: c.cadre.id, unitId: c.unit.id, name: c.cadre.name })), total: r._careDueMeta.count };
  },
} satisfies Record<string, (filter: Filter, page: ApiPage) => Promise<Paged>>;

/** The rule queries that answer every row at once (a few dozen): sorted and paged on the client. */
export const ruleQueries = {
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
  /** a year's policy parameters with their defaults */
  policyParameters: async (filter: Filter): Promise<Row[]> => {
    const { policyParameters } = await graphqlRequest(POLICY_PARAMETERS, { year: yearOf(filter.year) });
    return policyParameters.map((p) => ({ ...p, id: p.key }));
  },
} satisfies Record<string, (filter: Filter) => Promise<Row[]>>;

export type PagedRuleQueryResource = keyof typeof pagedRuleQueries;
export type RuleQueryResource = keyof typeof ruleQueries | PagedRuleQueryResource;

export function isPagedRuleQuery(resource: string): resource is PagedRuleQueryResource {
  return Object.hasOwn(pagedRuleQueries, resource);
}

export function isRuleQuery(resource: string): resource is RuleQueryResource {
  return Object.hasOwn(ruleQueries, resource) || isPagedRuleQuery(resource);
}

function valueAt(record: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), record);
}

/**
 * Sorting and paging on the client, for the rule queries that answer every row at once (a few
 * dozen). Without a sort field the API's order stays.
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

/** The API's largest page of a rule query. */
export const MAX_PER_PAGE = 1000;

/**
 * react-admin's 1-based page of `perPage` rows as the API's zero-based page; without a page
 * size, the API's largest (1000).
 */
export function apiPageOf(pagination: GetListParams['pagination'] | undefined): ApiPage {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(pagination?.perPage || MAX_PER_PAGE)));
  const page = Math.max(0, Math.trunc(pagination?.page || 1) - 1);
  return { page, perPage };
}

/**
 * A rule query as a list. The paged ones are paged and counted by the API and keep its order
 * (the rule's: non-compliant first, by rank, overdue first...): a sort over one page would not
 * sort the list, so a sort asked for is not applied. The others are sorted and paged here.
 */
export async function getRuleQueryList(resource: RuleQueryResource, params: GetListParams): Promise<GetListResult> {
  const filter = params.filter ?? {};
  if (isPagedRuleQuery(resource)) return pagedRuleQueries[resource](filter, apiPageOf(params.pagination));
  const rows = await ruleQueries[resource](filter);
  return pageRows(rows, params);
}
