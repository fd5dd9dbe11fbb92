#!/usr/bin/env node
/* global process, console, performance, fetch, setTimeout */
/**
 * Benchmark of the Excel roster import and export. Build first (`npm start` or
 * `npx -y pnpm@12.4.2 turbo run build`). Usage: node scripts/bench-excel.mjs [units] [cadres]
 * (defaults 5000 and 60000; e.g. `node scripts/bench-excel.mjs 200 2400` for a quick run).
 * Generates a roster .xlsx with exceljs (streaming), starts the API on a fresh SQLite database
 * (PostgreSQL with BENCH_DATABASE_URL=postgres://…/db), imports the file as the admin (the check,
 * then the job, polled for its progress), exports every cadre as .xlsx, and prints the times and
 * the API's peak resident memory (VmHWM), with the time of the slowest `/healthz` and GraphQL read
 * (a page of cadres) answered while the job ran, and the machine's load average before and after.
 * Exits 1 when a target of docs/BENCHMARKS.md is missed: import < 60 s with the API's peak RSS
 * < 400 MB, export < 30 s. BENCH_NODE_ARGS passes options to the API's node (e.g.
 * `--cpu-prof --cpu-prof-dir=prof` for a CPU profile).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { benchNodeArgs } from './api-node-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'apps/api/package.json'));
const ExcelJS = require('exceljs');
const { makeIdNumber, postTitleLabels } = require(join(root, 'packages/domain/dist/index.js'));

const units = Number(process.argv[2] ?? 5000);
const cadres = Number(process.argv[3] ?? 60000);
const TARGETS = { importSeconds: 60, importRssMb: 400, exportSeconds: 30 };

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`load average before: ${load()}`);
const dir = mkdtempSync(join(tmpdir(), 'liangwei-bench-excel-'));
const file = join(dir, 'roster.xlsx');

// 1. the roster: one row per cadre; the first 8 cadres of a unit hold its posts
let started = performance.now();
{
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['单位代码', '单位名称', '单位类型', '岗位职务', '岗位名称', '姓名', '性别', '出生日期', '身份证号', '民族', '学历', '政治面貌', '联系电话', '大学生村官', '任职日期', '选任方式', '备注']).commit();
  const titles = Object.values(postTitleLabels).map((l) => l.zh);
  const perUnit = Math.max(1, Math.floor(cadres / units));
  let n = 0;
  for (let u = 0; u < units && n < cadres; u += 1) {
    const code = `b${String(u).padStart(5, '0')}`;
    for (let i = 0; i < perUnit && n < cadres; i += 1, n += 1) {
      const day = new Date(Date.UTC(1960, 0, 1) + (n % 12000) * 86_400_000).toISOString().slice(0, 10);
      const female = n % 3 === 0;
      const sequence = (Math.floor(n / 12000) * 2 + (female ? 2 : 1)) % 1000;
      const post = i < titles.length ? titles[i] : null;
      sheet
        .addRow([code, i === 0 ? `测试${u % 2 ? '社区' : '村'}${u}` : null, i === 0 ? (u % 2 ? '社区' : '村') : null, post, null, `干部${n}`, female ? '女' : '男', day, makeIdNumber(String(110101 + (u % 800)), day, sequence), '汉族', '大专', '中共党员', `139${String(n).padStart(8, '0')}`, '否', post ? '2021-01-15' : null, post ? '两推一选' : null, null])
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
console.log(`roster: ${units} units, ${cadres} cadres, ${(statSync(file).size / 1048576).toFixed(1)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const freePort = () => new Promise((ok) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => ok(port)); }); });
const port = await freePort();
const api = spawn(process.execPath, [...benchNodeArgs(), join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.BENCH_DATABASE_URL ?? join(dir, 'bench.sqlite'), SEED_DEMO: '0', ADMIN_PASSWORD: 'bench-pass-1', JWT_SECRET: 'bench' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const peakRss = () => Number(readFileSync(`/proc/${api.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) / 1024;
let failed = false;
try {
  for (let i = 0; ; i += 1) {
    if (i > 600) throw new Error('the API did not start');
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "bench-pass-1") { token } }' }) });
  const token = (await res.json()).data.login.token;
  const auth = { authorization: `Bearer ${token}` };

  // 2. the import: upload (checked at once), then the job, polled; /healthz answers meanwhile
  started = performance.now();
  const upload = await fetch(`${url}/excel/roster-import?dryRun=0&fileName=roster.xlsx`, { method: 'POST', headers: auth, body: readFileSync(file) });
  const answer = await upload.json();
  if (upload.status !== 202) throw new Error(`import refused: ${upload.status} ${JSON.stringify(answer).slice(0, 500)}`);
  const accepted = (performance.now() - started) / 1000;
  let run = answer.importRun;
  let healthMax = 0;
  let readMax = 0;
  const read = JSON.stringify({ query: '{ allCadres(perPage: 25) { id name } }' });
  while (run.status === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 250));
    // both at once, so that both meet whatever the job is doing
    const t = performance.now();
    await Promise.all([
      fetch(`${url}/healthz`).then(() => (healthMax = Math.max(healthMax, performance.now() - t))),
      fetch(`${url}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: read })
        .then((r) => r.json())
        .then(() => (readMax = Math.max(readMax, performance.now() - t))),
    ]);
    run = (await (await fetch(`${url}/excel/import-runs/${run.id}`, { headers: auth })).json()).importRun;
  }
  const importSeconds = (performance.now() - started) / 1000;
  const importRss = peakRss();
  console.log(`import: ${run.status}, ${run.rowsTotal} rows, created ${run.created}, in ${importSeconds.toFixed(1)} s (file read and checked in ${accepted.toFixed(1)} s); /healthz max ${healthMax.toFixed(0)} ms, GraphQL read max ${readMax.toFixed(0)} ms during the job; API peak RSS ${importRss.toFixed(0)} MB`);
  if (run.status !== 'SUCCEEDED' || importSeconds > TARGETS.importSeconds || importRss > TARGETS.importRssMb) failed = true;

  // 3. the export of every cadre, streamed
  started = performance.now();
  const exported = await fetch(`${url}/excel/export/cadres.xlsx`, { headers: auth });
  if (exported.status !== 200) throw new Error(`export refused: ${exported.status}`);
  let bytes = 0;
  for await (const chunk of exported.body) bytes += chunk.length;
  const exportSeconds = (performance.now() - started) / 1000;
  console.log(`export: ${cadres} cadres, ${(bytes / 1048576).toFixed(1)} MB in ${exportSeconds.toFixed(1)} s; API peak RSS ${peakRss().toFixed(0)} MB`);
  if (exportSeconds > TARGETS.exportSeconds) failed = true;
  console.log(`targets: import < ${TARGETS.importSeconds} s with RSS < ${TARGETS.importRssMb} MB, export < ${TARGETS.exportSeconds} s: ${failed ? 'MISSED' : 'met'}`);
} finally {
  api.kill();
  await new Promise((r) => api.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
  console.log(`load average after: ${load()}`);
}
process.exit(failed ? 1 : 0);
