import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { checkIdNumber } from '@liangwei/domain';
import { createApp, type App } from '../src/app';
import { ormOptions } from '../src/db/orm';
import { POSTGRES_BASE, TODAY } from './support/api';

/**
 * scripts/generate-county.mjs (PostgreSQL only) on a small county: the API serves what it writes
 * without an error, the rules hold on it, and a published year is stored exactly as the API's own
 * publishing stores it. The script runs from the built API (it migrates with dist/): build first.
 */

const SCRIPT = resolve(__dirname, '../../../scripts/generate-county.mjs');
const PASSWORD = 'county-pass-123';
const UNITS = 30;
const CADRES = 500;
const VILLAGES = 24;

interface Row {
  [key: string]: unknown;
}

async function gql<T>(app: App, query: string, token?: string): Promise<T> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function login(app: App, username: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(app, `mutation { login(username: "${username}", password: "${PASSWORD}") { token } }`);
  return data.login.token;
}

function startApp(databaseUrl: string, today: string): Promise<App> {
  return createApp({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    jwtSecret: 'test-secret',
    adminPassword: null,
    seedDemo: false,
    demoPassword: PASSWORD,
    consoleDir: null,
    clock: () => new Date(`${today}T04:00:00Z`),
    log: () => {},
  });
}

describe.skipIf(!POSTGRES_BASE)('county generator (postgres)', () => {
  const name = `liangwei_county_${process.pid}_${Date.now()}`;
  const url = `${POSTGRES_BASE}/${name}`;
  let app: App;
  let output = '';
  let admin: string;
  let unitUser: string;
  const sql = (query: string): Promise<Row[]> => app.orm.em.getConnection().execute(query) as Promise<Row[]>;

  beforeAll(async () => {
    const result = await promisify(execFile)(process.execPath, [SCRIPT, '--units', String(UNITS), '--cadres', String(CADRES), '--today', TODAY, '--database', url, '--password', PASSWORD, '--reset'], {
      env: { ...process.env },
    });
    output = result.stdout;
    app = await startApp(url, TODAY);
    admin = await login(app, 'admin');
    unitUser = await login(app, 'cun00001');
  });

  afterAll(async () => {
    await app?.close();
    const root = await MikroORM.init({ ...ormOptions(`${POSTGRES_BASE}/postgres`), ensureDatabase: false });
    await root.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
    await root.close(true);
  });

  it('writes the requested sizes, passes its own rule checks and prints the logins', async () => {
    expect(output).toMatch(/Done in/);
    expect(output).toMatch(/cun00001\s+UNIT_USER/);
    const [counts] = await sql(`select (select count(*) from unit where kind = 'VILLAGE')::int as villages, (select count(*) from unit where kind = 'COMMUNITY')::int as communities, (select count(*) from cadre)::int as cadres`);
    expect(counts).toEqual({ villages: VILLAGES, communities: UNITS - VILLAGES, cadres: CADRES });
  });

  it('SEL-1 every ID number passes the GB 11643 check and agrees with the birth date and gender', async () => {
    const data = await gql<{ allCadres: { idNumber: string | null; birthDate: string; gender: string }[] }>(app, `{ allCadres(perPage: 1000) { idNumber birthDate gender } }`, admin);
    expect(data.allCadres).toHaveLength(CADRES);
    const withId = data.allCadres.filter((c) => c.idNumber);
    expect(withId.length).toBeGreaterThan(CADRES * 0.9);
    for (const c of withId) {
      const checked = checkIdNumber(c.idNumber!);
      expect(checked.ok ? { birthDate: checked.info.birthDate, gender: checked.info.gender } : checked.problem).toEqual({ birthDate: c.birthDate, gender: c.gender });
    }
  });

  it('SEL-2 / RES-1 / RES-3 one holder per post at a time, one live candidacy per cadre, one active pair per post and per reserve', async () => {
    const [r] = await sql(`select
      (select count(*) from appointment a join appointment b on a.post_id = b.post_id and a.id < b.id
        where a.start_date < coalesce(b.end_date, '9999-12-31') and b.start_date < coalesce(a.end_date, '9999-12-31'))::int as overlaps,
      (select count(*) from (select cadre_id from reserve_candidate where status not in ('REJECTED', 'WITHDRAWN') group by cadre_id having count(*) > 1) x)::int as live,
      (select count(*) from (select post_id from succession_pair where released_on is null group by post_id having count(*) > 1) x)::int as post_pairs,
      (select count(*) from (select reserve_candidate_id from succession_pair where released_on is null group by reserve_candidate_id having count(*) > 1) x)::int as reserve_pairs,
      (select count(distinct status) from reserve_candidate)::int as statuses,
      (select count(*) from appointment where end_date is not null)::int as ended`);
    expect(r).toMatchObject({ overlaps: 0, live: 0, post_pairs: 0, reserve_pairs: 0, statuses: 6 });
    expect(r!.ended).toBeGreaterThan(0);
  });

  it('ROLE-3 the unit user sees its own unit only', async () => {
    const data = await gql<{ allCadres: { unit: { code: string } }[] }>(app, `{ allCadres(perPage: 1000) { unit { code } } }`, unitUser);
    expect(data.allCadres.length).toBeGreaterThanOrEqual(Math.floor(CADRES / UNITS));
    expect(new Set(data.allCadres.map((c) => c.unit.code))).toEqual(new Set(['cun00001']));
  });

  it('RES-1 / RES-4 / PAY-5 the rule queries answer over every unit', async () => {
    const data = await gql<{ reserveCompliance: { compliant: boolean }[]; successionGaps: { id: string }[]; careDue: { overdue: boolean }[] }>(
      app,
      `{ reserveCompliance { compliant } successionGaps { id } careDue { overdue } }`,
      admin,
    );
    expect(data.reserveCompliance).toHaveLength(UNITS);
    const [posts] = await sql(`select count(*)::int as n from post`);
    expect(data.successionGaps.length).toBeGreaterThan(0);
    expect(data.successionGaps.length).toBeLessThan(posts!.n as number);
    expect(data.careDue.length).toBeGreaterThan(0);
  });

  it('ASM-3 / MGT-2 five published years: the last village is last three years running and its removal is proposed', async () => {
    const data = await gql<{
      assessmentRanking: { unit: { code: string }; total: number; rank: number; isLast: boolean; published: boolean }[];
      assessmentConsequences: { kind: string; status: string; streakYears: number; unit: { code: string }; evidence: { year: number }[] }[];
    }>(app, `{ assessmentRanking(year: 2025, kind: VILLAGE) { unit { code } total rank isLast published } assessmentConsequences(year: 2025) { kind status streakYears unit { code } evidence { year } } }`, admin);
    expect(data.assessmentRanking).toHaveLength(VILLAGES);
    expect(data.assessmentRanking.every((r) => r.published)).toBe(true);
    expect(data.assessmentRanking.at(-1)).toMatchObject({ unit: { code: 'cun00024' }, total: 600, rank: VILLAGES, isLast: true });
    const removal = data.assessmentConsequences.find((c) => c.kind === 'REMOVAL');
    expect(removal).toMatchObject({ status: 'PROPOSED', streakYears: 3, unit: { code: 'cun00024' } });
    expect(removal!.evidence.map((e) => e.year)).toEqual([2023, 2024, 2025]);
    expect(data.assessmentConsequences.filter((c) => c.kind === 'ADMONISHMENT_TALK').map((c) => c.unit.code).sort()).toEqual(['cun00024', 'sq00006']);
    const [years] = await sql(`select count(*) filter (where status = 'PUBLISHED')::int as published, count(*) filter (where status = 'DRAFT')::int as drafts from assessment_year`);
    expect(years).toEqual({ published: 5, drafts: 1 });
  });

  it('ASM-5 a generated year is stored as publishAssessmentYear stores it (ranking, main leaders, consequences, frozen policy)', async () => {
    const ranking = `select year, ranked_unit_id, kind, total, rank, is_last, main_leader_id, main_leader_name from ranking_entry where year = 2025 order by ranked_unit_id`;
    const consequences = `select unit_id, year, kind, status, subject_id, subject_name, evidence, streak_years from consequence where year = 2025 order by unit_id, kind`;
    const snapshot = `select status, policy_snapshot from assessment_year where year = 2025`;
    const generated = { ranking: await sql(ranking), consequences: await sql(consequences), snapshot: await sql(snapshot) };
    expect(generated.ranking).toHaveLength(UNITS);
    await sql(`delete from ranking_entry where year = 2025; delete from consequence where year = 2025; update assessment_year set status = 'DRAFT', policy_snapshot = null, published_at = null, published_by = null where year = 2025`);
    // the generator publishes each year on 20 January of the next
    const publisher = await startApp(url, '2026-01-20');
    try {
      const token = await login(publisher, 'admin');
      expect(await gql(publisher, `mutation { publishAssessmentYear(year: 2025) }`, token)).toEqual({ publishAssessmentYear: true });
    } finally {
      await publisher.close();
    }
    expect({ ranking: await sql(ranking), consequences: await sql(consequences), snapshot: await sql(snapshot) }).toEqual(generated);
  });
});
