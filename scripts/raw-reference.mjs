#!/usr/bin/env node
/* global process, URL, Buffer */
/**
 * The raw-SQL reference of the side-by-side benchmark (scripts/bench-versus-raw.mjs): `pg` over
 * `node:http`, answering the benchmark's three queries with the same JSON document the API
 * returns, hand-written SQL, no GraphQL, no ORM. It is the floor the API's read path is measured
 * against, not a product component.
 *
 *   DATABASE_URL=postgres://… PORT=… node scripts/raw-reference.mjs
 *   POST /Q1 | /Q2 | /Q3   (the request body is ignored; Q3 needs ?unit=<unit id>)
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// pg is the API's PostgreSQL driver (through @mikro-orm/postgresql): no second copy for the benchmark
const require = createRequire(createRequire(join(root, 'apps/api/package.json')).resolve('@mikro-orm/postgresql'));
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** the calendar date in China (UTC+8), as the API's request clock */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const cadres = (where) => ({
  text: `select c.id, c.name, c.gender, c.birth_date, c.education, c.phone, u.id as u_id, u.name as u_name, u.kind as u_kind
         from cadre c join unit u on u.id = c.unit_id ${where} order by c.name_sort asc, c.id asc limit 1000`,
  map: (r) => ({ id: r.id, name: r.name, gender: r.gender, birthDate: r.birth_date, education: r.education, phone: r.phone, unit: { id: r.u_id, name: r.u_name, kind: r.u_kind } }),
});

export const QUERIES = {
  Q1: { field: 'allCadres', sql: () => ({ ...cadres(''), values: [] }) },
  Q2: {
    field: 'allAppointments',
    sql: () => ({
      text: `select a.id, a.start_date, c.id as c_id, c.name as c_name, p.id as p_id, p.name as p_name, u.id as u_id, u.name as u_name
             from appointment a join cadre c on c.id = a.cadre_id join post p on p.id = a.post_id join unit u on u.id = p.unit_id
             where a.start_date <= $1 and (a.end_date is null or a.end_date > $1)
             order by a.start_date desc, a.id asc limit 100`,
      values: [today()],
      map: (r) => ({ id: r.id, startDate: r.start_date, cadre: { id: r.c_id, name: r.c_name }, post: { id: r.p_id, name: r.p_name, unit: { id: r.u_id, name: r.u_name } } }),
    }),
  },
  Q3: { field: 'allCadres', sql: (unit) => ({ ...cadres('where c.unit_id = $1'), values: [unit] }) },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = QUERIES[url.pathname.slice(1)];
    for await (const _chunk of req); // drain the body
    if (!query) return void res.writeHead(404).end();
    try {
      const { text, values, map } = query.sql(url.searchParams.get('unit'));
      const { rows } = await pool.query({ text, values });
      const body = JSON.stringify({ data: { [query.field]: rows.map(map) } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1');
}
