#!/usr/bin/env node
/* global process, console, performance, fetch, setTimeout */
/**
 * Speed and memory benchmark of the API on the demo data (SQLite by default; PostgreSQL with
 * BENCH_DATABASE_URL=postgres://…/db). Build first (`npm start` or `npx -y pnpm@12.4.2 turbo run build`).
 * Usage: node scripts/bench.mjs [iterations]   — prints p50/p95 per query and the API's memory,
 * and exits 1 when a target in docs/BENCHMARKS.md is missed. On a database that already holds
 * data (e.g. one filled by scripts/generate-county.mjs) give its logins' password in
 * BENCH_PASSWORD and its unit user in BENCH_UNIT_USER (defaults: the demo's). BENCH_ONLY (a
 * regular expression) runs only the queries whose name matches. While a query runs, /healthz is
 * polled every 20 ms: "healthz p95" and "healthz max" are its 95th percentile and slowest answer (a
 * request holding the event loop shows there, and so does a machine whose cores are all busy).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { benchNodeArgs } from './api-node-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const iterations = Number(process.argv[2] ?? 40);
const TARGETS = { listP95: 150, ruleP95: 600, rssMb: 400 };

const freePort = () => new Promise((ok) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => ok(port)); }); });
const dir = mkdtempSync(join(tmpdir(), 'liangwei-bench-'));
const port = await freePort();
const api = spawn(process.execPath, [...benchNodeArgs(), join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.BENCH_DATABASE_URL ?? join(dir, 'bench.sqlite'), SEED_DEMO: '1', DEMO_PASSWORD: 'bench-pass-1', JWT_SECRET: 'bench' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i += 1) {
    if (i > 600) throw new Error('the API did not start');
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const gql = async (query, token) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (u) => (await gql(`mutation { login(username: "${u}", password: "${process.env.BENCH_PASSWORD ?? 'bench-pass-1'}") { token } }`)).login.token;
  const admin = await login('admin');
  const unit = await login(process.env.BENCH_UNIT_USER ?? 'cun01');
  const queries = [
    ['list', 'admin: allCadres (25, with unit)', admin, '{ allCadres(perPage: 25, sortField: "name") { id name age idNumber unit { name } } _allCadresMeta { count } }'],
    ['list', 'admin: allAppointments CURRENT (100, nested)', admin, '{ allAppointments(perPage: 100, filter: { status: CURRENT }) { id startDate cadre { name } post { name unit { name } } } }'],
    ['list', 'unit user: allCadres (own unit)', unit, '{ allCadres(perPage: 25) { id name unit { name } } }'],
    ['list', 'admin: allAuditEntries (25)', admin, '{ allAuditEntries(perPage: 25) { id at action changes { field } } }'],
    ['rule', 'admin: reserveCompliance (26 units)', admin, '{ reserveCompliance { unit { name } compliant missing } }'],
    ['rule', 'admin: successionGaps', admin, '{ successionGaps { id name } }'],
    ['rule', 'admin: assessmentRanking 2025 VILLAGE (first page of 25, count)', admin, '{ assessmentRanking(year: 2025, kind: VILLAGE, perPage: 25) { unit { name } total rank isLast } _assessmentRankingMeta(year: 2025, kind: VILLAGE) { count } }'],
    ['rule', 'admin: threeLinks 2025 (first page of 25, count)', admin, '{ threeLinks(year: 2025, perPage: 25) { cadre { name } assessmentTotal pay payFloor allowanceDue } _threeLinksMeta(year: 2025) { count } }'],
    ['rule', 'admin: careDue (first page of 25, count)', admin, '{ careDue(perPage: 25) { cadre { name } kind dueDate overdue } _careDueMeta { count } }'],
    ['rule', 'admin: allowanceReport 2026 (first page of 25, count)', admin, '{ allowanceReport(year: 2026, perPage: 25) { cadre { name } month amount reason } _allowanceReportMeta(year: 2026) { count } }'],
    ['rule', 'admin: payReport 2026 (first page of 25, count)', admin, '{ payReport(year: 2026, perPage: 25) { cadre { name } amount floor belowFloor shortfall } _payReportMeta(year: 2026) { count } }'],
    ['rule', 'unit user: careDue (own unit)', unit, '{ careDue(perPage: 25) { cadre { name } kind dueDate overdue } }'],
    // first pages of the paged rule queries, and their counts (the console asks for both at once)
    ['rule', 'admin: reserveCompliance page 1 (25)', admin, '{ reserveCompliance(perPage: 25) { unit { name } compliant missing } }'],
    ['rule', 'admin: successionGaps page 1 (25)', admin, '{ successionGaps(perPage: 25) { id name } }'],
    ['rule', 'admin: trainingHours 2025 page 1 (25)', admin, '{ trainingHours(year: 2025, perPage: 25) { cadre { name } hours sessions } }'],
    ['rule', 'admin: untrainedCadres 2025 page 1 (25)', admin, '{ untrainedCadres(year: 2025, perPage: 25) { id name } }'],
    ['rule', 'admin: cadreWarnings page 1 (25)', admin, '{ cadreWarnings(perPage: 25) { cadre { name } kind since detail } }'],
    ['rule', 'unit user: reserveCompliance + successionGaps + untrainedCadres page 1', unit, '{ reserveCompliance(perPage: 25) { compliant } successionGaps(perPage: 25) { id } untrainedCadres(year: 2025, perPage: 25) { id } }'],
    ['rule', 'admin: teamStatistics, all units on a date', admin, '{ teamStatistics(asOf: "2026-06-30") { teamSize averageAge byAgeBand { key count } byEducation { key count } byGender { key count } byPartyMembership { key count } byEthnicity { key count } reservesByStatus { key count } posts vacancies pairedPosts coverage } }'],
    ['rule', 'admin: counts of the five rule queries above', admin, '{ _reserveComplianceMeta { count } _successionGapsMeta { count } _trainingHoursMeta(year: 2025) { count } _untrainedCadresMeta(year: 2025) { count } _cadreWarningsMeta { count } }'],
  ];
  const results = [];
  let failed = false;
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  for (const [kind, name, token, query] of queries) {
    if (only && !only.test(name)) continue;
    await gql(query, token); // warm-up
    const times = [];
    let polling = true;
    const health = [];
    const poller = (async () => {
      while (polling) {
        const t0 = performance.now();
        await fetch(`${url}/healthz`).then((r) => r.arrayBuffer(), () => null);
        health.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    for (let i = 0; i < iterations; i += 1) {
      const t0 = performance.now();
      await gql(query, token);
      times.push(performance.now() - t0);
    }
    polling = false;
    await poller;
    times.sort((a, b) => a - b);
    const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    health.sort((a, b) => a - b);
    const healthP95 = health[Math.min(health.length - 1, Math.floor(0.95 * health.length))] ?? NaN;
    const target = kind === 'list' ? TARGETS.listP95 : TARGETS.ruleP95;
    const ok = p(0.95) <= target;
    failed ||= !ok;
    results.push({ query: name, p50: p(0.5).toFixed(1), p95: p(0.95).toFixed(1), 'target p95': target, 'healthz p95': healthP95.toFixed(1), 'healthz max': (health.at(-1) ?? NaN).toFixed(1), ok });
  }
  const rss = Number((await import('node:fs')).readFileSync(`/proc/${api.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  console.table(results);
  console.log(`API resident memory after the run: ${rss.toFixed(0)} MB (target ≤ ${TARGETS.rssMb} MB)`);
  if (rss > TARGETS.rssMb) failed = true;
  process.exitCode = failed ? 1 : 0;
} finally {
  api.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
