import { availableParallelism } from 'node:os';
import type { Role } from '@liangwei/domain';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../resource/list-args';

/**
 * Every bound on a request, in one place. A request is measured before any SQL runs (size of the
 * document, then its cost with its variables), runs under a time limit, and waits for a slot among
 * a bounded number of concurrent executions. The defaults suit the demo machine; each has an
 * environment variable (`limitsFromEnv`, README "Security and limits").
 */
export interface Limits {
  /** deepest selection (fields nested in fields); introspection's own nesting is not counted */
  maxDepth: number;
  /** aliased fields in one operation */
  maxAliases: number;
  /** lexical tokens of the document (names, punctuation, values) */
  maxTokens: number;
  /** directives in one operation */
  maxDirectives: number;
  /**
   * Cost budget per operation and role. The cost is the number of values the operation may
   * produce: 1 per field, a list multiplies its selection by its page size (`perPage`, default
   * `defaultPerPage`, at most `maxPerPage`) or, without paging, by `unpagedListSize`.
   */
  costBudget: { anonymous: number } & Record<Role, number>;
  defaultPerPage: number;
  maxPerPage: number;
  unpagedListSize: number;
  /** an operation still running after this many ms answers QUERY_TIMEOUT (0: no limit) */
  requestTimeoutMs: number;
  /** PostgreSQL `statement_timeout` of every pooled connection, in ms (0: none) */
  statementTimeoutMs: number;
  /**
   * PostgreSQL `max_parallel_workers_per_gather` of every pooled connection: the extra processes
   * one statement may take. 0 by default: many requests at once already keep the cores busy, and
   * on a small machine a rule query's parallel plan ran 2.5× slower than its single-process plan
   * while starving everything else (docs/BENCHMARKS.md).
   */
  parallelWorkersPerStatement: number;
  /** GraphQL executions running at once in this process */
  maxConcurrent: number;
  /** requests waiting for a slot; more are answered 503 at once */
  maxQueue: number;
  /** longest wait for a slot before answering 503 */
  maxQueueWaitMs: number;
  /** the `Retry-After` of a 503, in seconds */
  retryAfterSeconds: number;
  /** largest request body in bytes; more is answered 413 */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 30,
  costBudget: {
    anonymous: 10_000,
    UNIT_USER: 150_000,
    SUBDISTRICT_ANALYST: 300_000,
    SUBDISTRICT_ADMIN: 300_000,
  },
  defaultPerPage: DEFAULT_PER_PAGE,
  maxPerPage: MAX_PER_PAGE,
  unpagedListSize: 25,
  requestTimeoutMs: 30_000,
  statementTimeoutMs: 15_000,
  parallelWorkersPerStatement: 0,
  // below the PostgreSQL pool (10 connections), so logins and /healthz always find a connection
  maxConcurrent: Math.min(2 * availableParallelism(), 8),
  maxQueue: 50,
  maxQueueWaitMs: 5_000,
  retryAfterSeconds: 2,
  maxBodyBytes: 1024 * 1024,
};

/** The defaults, overridden by `LIMIT_*` environment variables where set. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): Limits {
  const num = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
    return value;
  };
  const d = DEFAULT_LIMITS;
  return {
    ...d,
    maxDepth: num('LIMIT_DEPTH', d.maxDepth),
    maxAliases: num('LIMIT_ALIASES', d.maxAliases),
    maxTokens: num('LIMIT_TOKENS', d.maxTokens),
    costBudget: {
      anonymous: num('LIMIT_COST_ANONYMOUS', d.costBudget.anonymous),
      UNIT_USER: num('LIMIT_COST_UNIT', d.costBudget.UNIT_USER),
      SUBDISTRICT_ANALYST: num('LIMIT_COST_SUBDISTRICT', d.costBudget.SUBDISTRICT_ANALYST),
      SUBDISTRICT_ADMIN: num('LIMIT_COST_SUBDISTRICT', d.costBudget.SUBDISTRICT_ADMIN),
    },
    requestTimeoutMs: num('LIMIT_REQUEST_TIMEOUT_MS', d.requestTimeoutMs),
    statementTimeoutMs: num('LIMIT_STATEMENT_TIMEOUT_MS', d.statementTimeoutMs),
    parallelWorkersPerStatement: num('LIMIT_PARALLEL_WORKERS', d.parallelWorkersPerStatement),
    maxConcurrent: Math.max(1, num('LIMIT_CONCURRENT', d.maxConcurrent)),
    maxQueue: num('LIMIT_QUEUE', d.maxQueue),
    maxQueueWaitMs: num('LIMIT_QUEUE_WAIT_MS', d.maxQueueWaitMs),
    maxBodyBytes: num('LIMIT_BODY_BYTES', d.maxBodyBytes),
  };
}

/** `base` with some values replaced (tests pass a few through `createApp`). */
export function withLimits(base: Limits, overrides: Partial<Limits> = {}): Limits {
  return { ...base, ...overrides, costBudget: { ...base.costBudget, ...overrides.costBudget } };
}
