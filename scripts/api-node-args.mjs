/* global process */
/**
 * The Node.js options the API process runs with, wherever it is started from (`npm start`, the
 * benchmarks; the README shows them for a process started by hand):
 *
 * - `--max-semi-space-size=32`: a young generation of 2 × 32 MB instead of Node's default. A
 *   request's objects (its parsed body, context, rows and answer) live for a few milliseconds;
 *   with a larger young generation they die there instead of being copied again and promoted,
 *   which costs the API about a quarter of its CPU per small query under load (docs/BENCHMARKS.md).
 *
 * `BENCH_NODE_ARGS` (space-separated) replaces them in the benchmarks, to measure another setting.
 */
export const API_NODE_ARGS = ['--max-semi-space-size=32'];

/** The options for a benchmark's API process: `BENCH_NODE_ARGS` when set, else `API_NODE_ARGS`. */
export function benchNodeArgs() {
  const override = process.env.BENCH_NODE_ARGS;
  return override === undefined ? API_NODE_ARGS : override.split(' ').filter(Boolean);
}
