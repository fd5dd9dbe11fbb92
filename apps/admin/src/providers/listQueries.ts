import type { GetListParams, RaRecord } from 'react-admin';

/** The query a page of records was read with: its filter and order. */
export interface ListQuery {
  filter: Record<string, unknown>;
  sortField?: string;
  sortOrder?: string;
}

const queries = new WeakMap<readonly RaRecord[], ListQuery>();

/** Remembers the query of a list's records (the data provider's getList answers). */
export function rememberListQuery(records: readonly RaRecord[], params: GetListParams): void {
  queries.set(records, { filter: (params.filter ?? {}) as Record<string, unknown>, sortField: params.sort?.field, sortOrder: params.sort?.order });
}

/**
 * The query the records were read with, when they are a list's answer (the list's Export button
 * reads the list's first 1,000 rows and hands them over): an export then asks the server for every
 * row that query matches. Records picked one by one (a selection) have none.
 */
export function listQueryOf(records: readonly RaRecord[]): ListQuery | undefined {
  return queries.get(records);
}
