#!/usr/bin/env node
/**
 * The project's entry points, runnable with nothing but Node.js 20 and npm:
 *   npm start          install if needed, build everything, start the API with the console and demo data
 *   npm run start:api  install if needed, build the API, start it alone
 *   npm test           install if needed, build, run every test suite, print "N passed, N failed"
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_ARGS } from './api-node-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.4.2';
// turbo runs each workspace's script through the pinned pnpm, installed as a dev dependency
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log(`Installing dependencies with ${PNPM} …`);
  run('npx', ['-y', PNPM, 'install', '--frozen-lockfile']);
}

const turbo = (...args) => run(join(root, 'node_modules', '.bin', 'turbo'), args);

function summarize(reportDir) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const files = existsSync(reportDir) ? readdirSync(reportDir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  return { passed, failed, skipped, suites: files.length };
}

const command = process.argv[2];
ensureInstalled();
if (command === 'start' || command === 'start:api') {
  const serveConsole = command === 'start';
  turbo('run', 'build', ...(serveConsole ? [] : ['--filter=@liangwei/api']), '--output-logs=errors-only');
  const child = spawn(process.execPath, [...API_NODE_ARGS, join(root, 'apps/api/dist/main.js'), ...(serveConsole ? ['--serve-console'] : [])], { cwd: root, stdio: 'inherit', env });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'test') {
  const reportDir = join(root, '.vitest-reports');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  env.VITEST_REPORT_DIR = reportDir;
  turbo('run', 'build', '--output-logs=errors-only');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'test', '--concurrency=1', '--continue'], { cwd: root, stdio: 'inherit', env });
  const { passed, failed, skipped, suites } = summarize(reportDir);
  const expectedSuites = readdirSync(join(root, 'apps')).length + readdirSync(join(root, 'packages')).length;
  if (suites < expectedSuites) console.error(`Only ${suites} of ${expectedSuites} workspaces reported test results.`);
  const failedTotal = failed + (result.status !== 0 && failed === 0 ? 1 : 0) + Math.max(0, expectedSuites - suites);
  console.log(`${passed} passed, ${failedTotal} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(result.status === 0 && failedTotal === 0 ? 0 : 1);
} else {
  console.error('usage: node scripts/run.mjs <start|start:api|test>');
  process.exit(2);
}
