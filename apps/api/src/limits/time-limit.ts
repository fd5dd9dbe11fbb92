import { queryTimeout } from './limit-errors';

/** The time limit of a request: only queries are cut short (a mutation runs to its commit). */
export interface TimeLimit {
  deadline: number;
  query: boolean;
  abandoned: boolean;
}

/** Keyed by the request's EntityManager: Apollo hands resolvers a shallow copy of the context, with the same `em`. */
export const timeLimits = new WeakMap<object, TimeLimit>();

function pastLimit(limit: TimeLimit | undefined): boolean {
  return !!limit?.query && (limit.abandoned || performance.now() > limit.deadline);
}

/** Whether the request (by its EntityManager) is a query that ran past its time limit. */
export function isPastTimeLimitOf(em: object): boolean {
  return pastLimit(timeLimits.get(em));
}

/**
 * Called before each statement of the read path, the batch loaders and the rule queries: a query
 * past its time limit runs no further SQL (SQLite answers synchronously, so no timer can stop it
 * between statements). Checked per statement, not per field: plain fields cost nothing extra.
 */
export function assertWithinTimeLimit(em: object): void {
  if (pastLimit(timeLimits.get(em))) throw queryTimeout();
}
