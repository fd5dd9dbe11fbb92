#!/usr/bin/env node
/* global process, console, performance, fetch, setTimeout, URL */
/**
 * Side-by-side benchmark: the built API on PostgreSQL against a raw-SQL reference server
 * (scripts/raw-reference.mjs: `pg` over `node:http`, the same JSON document), county-sized data
 * (500 units, 10,000 cadres: scripts/generate-county.mjs when present, otherwise the demo data
 * topped up in SQL), three queries, 1 and 10 connections, in turns.
 *
 *   node scripts/bench-versus-raw.mjs [seconds per cell, default 5] [rounds, default 3]
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres (the server; a new database is
 *   created and dropped)
 *
 * Build first (`npx -y pnpm@12.4.2 turbo run build`). Each query's answer is checked equal to the
 * reference's before anything is timed. Prints requests per second of both servers and the ratio
 * API / raw per query and connection count (the median over the rounds), and exits 1 when a ratio
 * is below its target (docs/BENCHMARKS.md).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchNodeArgs } from './api-node-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 3);
const UNITS = 500;
const CADRES_PER_UNIT = 20;
const TARGETS = { 1: 0.6, 10: 0.5 };
const WARM_UP_MS = 1000;
const require = createRequire(createRequire(join(root, 'apps/api/package.json')).resolve('@mikro-orm/postgresql'));
const { Client } = require('pg');

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `liangwei_bench_${process.pid}`;
const dbUrl = server.replace(/\/[^/]*$/, `/${dbName}`);
const freePort = () => new Promise((ok) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => ok(port)); }); });

async function sql(url, text, values) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(url) {
  for (let i = 0; ; i += 1) {
    if (i > 1200) throw new Error(`${url} did not start`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const generator = join(root, 'scripts/generate-county.mjs');
const PASSWORD = 'bench-pass-1';

/** County-sized data from scripts/generate-county.mjs (it migrates the database and makes the logins). */
async function generateCounty() {
  await new Promise((ok, fail) =>
    spawn(process.execPath, [generator, '--units', String(UNITS), '--cadres', String(UNITS * CADRES_PER_UNIT), '--database', dbUrl, '--password', PASSWORD], { stdio: ['ignore', 'ignore', 'inherit'] })
      .on('exit', (code) => (code === 0 ? ok() : fail(new Error(`generate-county.mjs exited with ${code}`)))),
  );
}

/**
 * Without the generator: the demo data (loaded by the API) topped up in SQL — units up to 500,
 * cadres up to 20 per unit, and for each added unit five posts held since 2021 by its first five cadres.
 */
async function topUpDemoData() {
  await sql(dbUrl, `
    insert into unit (id, version, created_at, updated_at, name, kind, code)
    select gen_random_uuid()::text, 1, now(), now(), '基准单位' || g, case when g % 4 = 0 then 'COMMUNITY' else 'VILLAGE' end, 'bench' || g
    from generate_series(1, $1::int - (select count(*)::int from unit)) g;
    `.replace('$1::int', String(UNITS)));
  await sql(dbUrl, `
    insert into cadre (id, version, created_at, updated_at, unit_id, name, gender, birth_date, education, political_status, phone, is_college_graduate_official)
    select gen_random_uuid()::text, 1, now(), now(), u.id, '干部' || u.code || '-' || lpad(g::text, 2, '0'),
           case when g % 3 = 0 then 'FEMALE' else 'MALE' end, (1965 + g)::text || '-0' || (1 + g % 9)::text || '-1' || (g % 9)::text,
           case when g % 2 = 0 then 'BACHELOR' else 'SENIOR_HIGH' end, 'PARTY_MEMBER', '1380000' || lpad(g::text, 4, '0'), false
    from unit u cross join generate_series(1, ${CADRES_PER_UNIT}) g
    where g > (select count(*) from cadre c where c.unit_id = u.id)`);
  await sql(dbUrl, `
    insert into post (id, version, created_at, updated_at, unit_id, title, name)
    select gen_random_uuid()::text, 1, now(), now(), u.id, t.title, t.name
    from unit u cross join (values ('PARTY_SECRETARY', '党支部书记', 1), ('DIRECTOR', '村委会主任', 2), ('DEPUTY_PARTY_SECRETARY', '党支部副书记', 3),
                                   ('COMMITTEE_MEMBER', '村委会委员', 4), ('ACCOUNTANT', '报账员', 5)) as t(title, name, n)
    where u.code like 'bench%'`);
  await sql(dbUrl, `
    insert into appointment (id, version, created_at, updated_at, unit_id, cadre_id, post_id, start_date, selection_method)
    select gen_random_uuid()::text, 1, now(), now(), p.unit_id, c.id, p.id, '2021-01-0' || p.n, 'TWO_RECOMMENDATIONS_ONE_ELECTION'
    from (select p.*, row_number() over (partition by p.unit_id order by p.title) n from post p join unit u on u.id = p.unit_id where u.code like 'bench%') p
    join (select c.*, row_number() over (partition by c.unit_id order by c.name) n from cadre c) c on c.unit_id = p.unit_id and c.n = p.n`);
}

/** Requests per second of `connections` loops posting `body` to `url` for `seconds`, after a second of the same untimed. */
async function drive(url, body, connections) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const one = () => new Promise((ok, fail) => {
    const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', agent, headers: body.headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => (res.statusCode === 200 ? ok() : fail(new Error(`${url}: ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end(body.text);
  });
  // each side first runs the same loop untimed for a second: whichever side comes first after
  // another cell (the order alternates) would otherwise pay for waking up its idle connections
  const loop = async (until, latencies) => {
    await Promise.all(Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await one();
        latencies?.push(performance.now() - t0);
      }
    }));
  };
  await loop(performance.now() + WARM_UP_MS, null);
  const start = performance.now();
  const end = start + seconds * 1000;
  const latencies = [];
  await loop(end, latencies);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: latencies[Math.floor(latencies.length / 2)] ?? NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await sql(server, `create database ${dbName}`);
const apiPort = await freePort();
const rawPort = await freePort();
const children = [];
try {
  const generated = existsSync(generator);
  if (generated) await generateCounty();
  children.push(spawn(process.execPath, [...benchNodeArgs(), process.env.BENCH_API_MAIN ?? join(root, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(apiPort), DATABASE_URL: dbUrl, SEED_DEMO: generated ? '0' : '1', DEMO_PASSWORD: PASSWORD, JWT_SECRET: 'bench', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  }));
  const api = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${api}/healthz`);
  if (!generated) await topUpDemoData();
  await sql(dbUrl, 'analyze');
  children.push(spawn(process.execPath, [...benchNodeArgs(), join(root, 'scripts/raw-reference.mjs')], { env: { ...process.env, PORT: String(rawPort), DATABASE_URL: dbUrl }, stdio: ['ignore', 'ignore', 'inherit'] }));
  const raw = `http://127.0.0.1:${rawPort}`;
  await waitFor(`${raw}/`);
  const [{ units, cadres }] = await sql(dbUrl, 'select (select count(*)::int from unit) units, (select count(*)::int from cadre) cadres');

  const gql = async (query, token) => {
    const res = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    return res.json();
  };
  const login = async (u) => (await gql(`mutation { login(username: "${u}", password: "${PASSWORD}") { token } }`)).data.login.token;
  const admin = await login('admin');
  const [{ username: villageUser, unit_id: villageUnit }] = await sql(dbUrl, `select u.username, u.unit_id from app_user u join unit n on n.id = u.unit_id where u.role = 'UNIT_USER' order by (n.kind = 'VILLAGE') desc, u.username limit 1`);
  const village = await login(villageUser);

  const cadreFields = 'id name gender birthDate education phone unit { id name kind }';
  const queries = [
    ['Q1 allCadres(perPage: 1000), admin', admin, `{ allCadres(perPage: 1000) { ${cadreFields} } }`, '/Q1'],
    ['Q2 allAppointments(perPage: 100) CURRENT, nested', admin, '{ allAppointments(perPage: 100, filter: { status: CURRENT }) { id startDate cadre { id name } post { id name unit { id name } } } }', '/Q2'],
    ['Q3 allCadres as a unit user', village, `{ allCadres(perPage: 1000) { ${cadreFields} } }`, `/Q3?unit=${villageUnit}`],
  ];
  for (const [name, token, query, path] of queries) {
    const mine = await gql(query, token);
    const theirs = await (await fetch(`${raw}${path}`, { method: 'POST' })).json();
    if (!isDeepStrictEqual(mine, theirs)) {
      throw new Error(`${name}: the API's answer differs from the reference's\nAPI: ${JSON.stringify(mine).slice(0, 400)}\nraw: ${JSON.stringify(theirs).slice(0, 400)}`);
    }
    console.log(`${name}: ${mine.data[Object.keys(mine.data)[0]].length} rows, equal to the reference`);
  }

  const cells = new Map();
  const load0 = loadavg();
  for (let round = 0; round < rounds; round += 1) {
    for (const connections of [1, 10]) {
      for (const [name, token, query, path] of queries) {
        const sides = [
          ['api', `${api}/graphql`, { text: JSON.stringify({ query }), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }],
          ['raw', `${raw}${path}`, { text: JSON.stringify({ query }), headers: { 'content-type': 'application/json' } }],
        ];
        if (round % 2 === 1) sides.reverse();
        const key = `${name} @${connections}`;
        const cell = cells.get(key) ?? { name, connections, api: [], raw: [], apiP50: [], rawP50: [] };
        for (const [side, url, body] of sides) {
          const { rps, p50 } = await drive(url, body, connections);
          cell[side].push(rps);
          cell[`${side}P50`].push(p50);
        }
        cells.set(key, cell);
      }
    }
  }
  const load1 = loadavg();
  let failed = false;
  const table = [...cells.values()].map((c) => {
    const ratios = c.api.map((a, i) => a / c.raw[i]);
    const ratio = median(ratios);
    const ok = ratio >= TARGETS[c.connections];
    failed ||= !ok;
    return {
      query: c.name, connections: c.connections,
      'API req/s': median(c.api).toFixed(1), 'raw req/s': median(c.raw).toFixed(1),
      'API p50 ms': median(c.apiP50).toFixed(1), 'raw p50 ms': median(c.rawP50).toFixed(1),
      'ratio (median)': ratio.toFixed(3), 'ratios per round': ratios.map((r) => r.toFixed(2)).join(' '), target: TARGETS[c.connections], ok,
    };
  });
  console.log(`${units} units, ${cadres} cadres; ${rounds} rounds of ${seconds} s per cell; load average before ${load0.map((l) => l.toFixed(2)).join(' ')}, after ${load1.map((l) => l.toFixed(2)).join(' ')}`);
  console.table(table);
  process.exitCode = failed ? 1 : 0;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await sql(server, `drop database if exists ${dbName} with (force)`).catch((e) => console.error(e.message));
}
