import { isoDateOf } from '@liangwei/domain';
import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import { graphqlRequest } from './graphqlRequest';
import { CADRE_WARNINGS, RESERVE_COMPLIANCE, SUCCESSION_GAPS, TRAINING_HOURS, UNTRAINED_CADRES } from './operations';

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
