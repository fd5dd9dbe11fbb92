#!/usr/bin/env node
/**
 * Overload benchmark of the API on the demo data (SQLite by default; PostgreSQL with
 * BENCH_DATABASE_URL=postgres://…/db). Build first (`npm start` or `npx -y pnpm@12.4.2 turbo run build`).
 * Usage: node scripts/bench-overload.mjs [seconds] [connections]   — defaults 15 s, 50 connections.
 *
 * Each connection sends one request after the other for the whole run, a mix of list pages, 1,000-row
 * exports and requests the limits refuse (a few hundred aliases, depth through a relation cycle);
 * meanwhile /healthz is asked every 100 ms. Prints p50/p99 latency per kind, the status codes, the
 * /healthz latency, the API's resident memory and the machine's load average. Not a test: it
 * exits 0 whatever the figures (docs/BENCHMARKS.md, "Overload").
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { benchNodeArgs } from './api-node-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 15);
const connections = Number(process.argv[3] ?? 50);

const freePort = () => new Promise((ok) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => ok(port)); }); });
const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
const percentile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

const dir = mkdtempSync(join(tmpdir(), 'liangwei-bench-'));
const port = await freePort();
const api = spawn(process.execPath, [...benchNodeArgs(), join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.BENCH_DATABASE_URL ?? join(dir, 'bench.sqlite'), SEED_DEMO: '1', DEMO_PASSWORD: 'bench-pass-1', JWT_SECRET: 'bench' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
api.stdout.resume();
const url = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i += 1) {
    if (i > 1200) throw new Error('the API did not start');
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const post = (query, token) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
  const login = async (u) => (await (await post(`mutation { login(username: "${u}", password: "bench-pass-1") { token } }`)).json()).data.login.token;
  const admin = await login('admin');
  const analyst = await login('analyst');
  const unit = await login('cun01');

  const aliasBomb = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: allCadres(perPage: 1000) { id name unit { id name } }`).join(' ')} }`;
  let cycle = 'id';
  for (let i = 0; i < 300; i += 1) cycle = `exit { id cadre { ${cycle} } }`;
  /** [kind, weight, token, query] — the weights make a mostly ordinary mix with some heavy and some hostile requests */
  const mix = [
    ['list page', 6, admin, '{ allCadres(perPage: 25, sortField: "name") { id name age unit { name } } _allCadresMeta { count } }'],
    ['list page', 6, unit, '{ allAppointments(perPage: 25) { id startDate cadre { name } post { name } } }'],
    ['list page', 4, analyst, '{ allAppointments(perPage: 100, filter: { status: CURRENT }) { id startDate cadre { name } post { name unit { name } } } }'],
    ['export 1000', 2, analyst, '{ allCadres(perPage: 1000) { id name gender birthDate unit { id name kind } } }'],
    ['export 1000', 1, analyst, '{ allAppointments(perPage: 1000) { id startDate cadre { id name } post { id title unit { id name } } } }'],
    ['refused', 1, analyst, aliasBomb],
    ['refused', 1, analyst, `{ allCadres { ${cycle} } }`],
  ];
  const deck = mix.flatMap((entry) => Array(entry[1]).fill(entry));

  const stats = new Map();
  const statuses = new Map();
  const record = (kind, ms, status) => {
    if (!stats.has(kind)) stats.set(kind, []);
    stats.get(kind).push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };
  const health = [];
  let healthFailures = 0;
  const load = [loadavg()[0]];
  const rssBefore = rssMb(api.pid);
  let rssPeak = rssBefore;
  const until = Date.now() + seconds * 1000;

  const worker = async (n) => {
    for (let i = n; Date.now() < until; i += connections) {
      const [kind, , token, query] = deck[i % deck.length];
      const t0 = performance.now();
      try {
        const res = await post(query, token);
        await res.arrayBuffer();
        record(kind, performance.now() - t0, res.status);
      } catch {
        record(kind, performance.now() - t0, 'network error');
      }
    }
  };
  const probe = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
      health.push(performance.now() - t0);
      if (!ok) healthFailures += 1;
      rssPeak = Math.max(rssPeak, rssMb(api.pid));
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sampler = setInterval(() => load.push(loadavg()[0]), 1000);
  await Promise.all([...Array.from({ length: connections }, (_, n) => worker(n)), probe()]);
  clearInterval(sampler);

  const rows = [...stats].map(([kind, times]) => {
    times.sort((a, b) => a - b);
    return { kind, requests: times.length, 'p50 ms': percentile(times, 0.5).toFixed(0), 'p99 ms': percentile(times, 0.99).toFixed(0) };
  });
  const total = [...stats.values()].reduce((n, t) => n + t.length, 0);
  health.sort((a, b) => a - b);
  console.log(`${connections} connections for ${seconds} s against ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}: ${total} requests (${(total / seconds).toFixed(0)}/s)`);
  console.table(rows);
  console.log('status codes:', Object.fromEntries(statuses));
  console.log(`/healthz: ${health.length} probes, p50 ${percentile(health, 0.5).toFixed(0)} ms, p99 ${percentile(health, 0.99).toFixed(0)} ms, max ${health.at(-1)?.toFixed(0)} ms, failed ${healthFailures}`);
  console.log(`API resident memory: ${rssBefore.toFixed(0)} MB before, ${rssPeak.toFixed(0)} MB peak, ${rssMb(api.pid).toFixed(0)} MB after`);
  console.log(`load average (1 min) during the run: ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`);
} finally {
  api.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
