import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, type GqlResult } from './support/api';
import { buildWorld, cadreArgs, CREATE_CADRE, createCadre, createPost, type World } from './support/fixture';
import { auditCount } from './support/helpers';
import { catalogue, score } from './support/matrix-assessment';
import { candidateAt, proposalIn, secretaryAppointment, SELECTION_ARGS, trainingSession } from './support/workflows';
import { DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { constraintRules, violatedConstraint } from '../src/db/constraints';
import { formatError } from '../src/graphql/errors';
import { Appointment } from '../src/cadre/appointment.entity';
import { Cadre } from '../src/cadre/cadre.entity';
import { Post } from '../src/org/post.entity';
import { Unit } from '../src/org/unit.entity';

/**
 * Every "one … per …" rule holds under concurrency: the code checks each rule before writing, and
 * the database refuses what two concurrent requests both let through (a named constraint on
 * PostgreSQL and SQLite, src/db/migrations/*). N identical (or clashing) requests are sent at
 * once through the public API: exactly one succeeds, every other answers CONFLICT with a Chinese
 * text, the table holds exactly one row, and a refused mutation writes nothing (not even its audit
 * entry: the mutation's single flush is one transaction).
 */

const N = 20;
const HAN = /\p{Script=Han}/u;
const APPOINT = 'mutation($c: ID!, $p: ID!, $s: Date!, $e: Date) { createAppointment(cadreId: $c, postId: $p, startDate: $s, endDate: $e) { id startDate endDate } }';
const PAIR = 'mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r, pairedOn: "2026-05-01") { id } }';

describe.each(backends)('database invariants under concurrent requests (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    admin = world.admin;
  }, 120_000);
  afterAll(() => api?.close());

  /** Raw SQL on the API's own database (the same `?` placeholders on both drivers). */
  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return (await api.app.orm.em.fork().getConnection().execute(query, params)) as unknown as T[];
  }

  async function count(table: string, where: string, params: unknown[]): Promise<number> {
    const [row] = await sql<{ n: number | string }>(`select count(*) as n from ${table} where ${where}`, params);
    return Number(row!.n);
  }

  /**
   * Runs a raw statement; null when it succeeded, else the constraint named by the error as the ORM
   * hands it on (converted by the driver's exception converter, as in a flush).
   */
  async function refusal(query: string, params: unknown[]): Promise<string | null> {
    try {
      await sql(query, params);
      return null;
    } catch (error) {
      const converted = api.app.orm.em.getDriver().convertException(error as Error);
      expect(converted).toBeInstanceOf(DriverException);
      return violatedConstraint(converted)?.name ?? `unrecognised: ${converted.message}`;
    }
  }

  const now = () => (backend === 'sqlite' ? Date.now() : new Date());

  /**
   * Sends `N` requests at once; expects exactly one success and `N - 1` CONFLICTs with a Chinese
   * text, and exactly one audit entry more (a refused mutation writes nothing). Returns the winner.
   */
  async function race(send: (i: number) => Promise<GqlResult>): Promise<GqlResult> {
    const auditBefore = await auditCount(api, admin);
    const results = await Promise.all(Array.from({ length: N }, (_, i) => send(i)));
    const winners = results.filter((r) => !r.errors?.length);
    const losers = results.filter((r) => r.errors?.length);
    expect(winners, JSON.stringify(losers.map((l) => l.errors?.[0]).slice(0, 3))).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array(N - 1).fill('CONFLICT'));
    for (const loser of losers) expect(loser.errors![0]!.extensions!.messageZh).toMatch(HAN);
    expect(await auditCount(api, admin)).toBe(auditBefore + 1);
    return winners[0]!;
  }

  it('ORG-2 N × createUnit with one code: one unit, the others CONFLICT', async () => {
    await race((i) => api.gql('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', { n: `并发村${i}`, c: 'race-code' }, admin));
    expect(await count('unit', 'code = ?', ['race-code'])).toBe(1);
  });

  it('ORG-2 N × createUnit with one name: one unit, the others CONFLICT', async () => {
    await race((i) => api.gql('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: COMMUNITY, code: $c) { id } }', { n: '并发同名社区', c: `race-name-${i}` }, admin));
    expect(await count('unit', 'name = ?', ['并发同名社区'])).toBe(1);
  });

  it('ROLE-1 N × createUser with one username: one user, the others CONFLICT', async () => {
    await race(() => api.gql('mutation { createUser(username: "racer", password: "racer-pass-123", role: SUBDISTRICT_ANALYST) { id } }', {}, admin));
    expect(await count('app_user', 'username = ?', ['racer'])).toBe(1);
  });

  it('SEL-1 N × createCadre with one ID number: one cadre, the others CONFLICT', async () => {
    const args = await cadreArgs(world.a.unitId);
    await race((i) => api.gql(CREATE_CADRE, { ...args, name: `同证${i}` }, admin));
    expect(await count('cadre', 'id_number = ?', [args.idNumber])).toBe(1);
  });

  it('SEL-2 N identical createAppointment from a unit user: one holder of the post, the others CONFLICT', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId);
    await race(() => api.gql(APPOINT, { c: cadre.id, p: postId, s: '2024-01-01' }, world.a.token));
    expect(await count('appointment', 'post_id = ?', [postId])).toBe(1);
  });

  it('SEL-2 N appointments of N cadres with different but overlapping periods on one post: one succeeds', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadres = await Promise.all(Array.from({ length: N }, () => createCadre(api, admin, world.a.unitId)));
    const start = (i: number) => `2020-01-${String(i + 1).padStart(2, '0')}`;
    const end = (i: number) => (i % 2 ? `2025-02-${String(i + 1).padStart(2, '0')}` : null);
    await race((i) => api.gql(APPOINT, { c: cadres[i]!.id, p: postId, s: start(i), e: end(i) }, admin));
    expect(await count('appointment', 'post_id = ?', [postId])).toBe(1);
  });

  it('SEL-2 adjacent periods (one ends on the day the next starts) sent together both succeed; a one-day overlap does not', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const [x, y, z] = await Promise.all([1, 2, 3].map(() => createCadre(api, admin, world.a.unitId)));
    const results = await Promise.all([
      api.gql(APPOINT, { c: x!.id, p: postId, s: '2020-01-01', e: '2023-01-01' }, admin),
      api.gql(APPOINT, { c: y!.id, p: postId, s: '2023-01-01', e: null }, admin),
    ]);
    expect(results.map((r) => r.errors ?? null)).toEqual([null, null]);
    const overlap = await api.gql(APPOINT, { c: z!.id, p: postId, s: '2022-12-31', e: '2023-01-02' }, admin);
    expect(codeOf(overlap)).toBe('CONFLICT');
    expect(await count('appointment', 'post_id = ?', [postId])).toBe(2);
  });

  it('SEL-2 the database itself refuses an overlapping period on insert and on update (direct SQL), and accepts adjacent ones', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId);
    const insert = (start: string, end: string | null, id = randomUUID()) =>
      refusal('insert into appointment (id, version, created_at, updated_at, unit_id, cadre_id, post_id, start_date, end_date) values (?, 1, ?, ?, ?, ?, ?, ?, ?)', [id, now(), now(), world.a.unitId, cadre.id, postId, start, end]);
    const first = randomUUID();
    expect(await insert('2010-01-01', '2015-01-01', first)).toBeNull();
    expect(await insert('2015-01-01', '2018-06-30')).toBeNull(); // starts on the day the first ends
    expect(await insert('2014-12-31', '2015-01-01')).toBe('appointment_post_no_overlap');
    expect(await insert('2018-06-29', null)).toBe('appointment_post_no_overlap');
    expect(await insert('2005-01-01', null)).toBe('appointment_post_no_overlap');
    expect(await insert('2018-06-30', null)).toBeNull();
    // an update that stretches the first period into the second
    expect(await refusal('update appointment set end_date = ? where id = ?', ['2015-01-02', first])).toBe('appointment_post_no_overlap');
    expect(await refusal('update appointment set end_date = ? where id = ?', ['2014-06-30', first])).toBeNull();
    expect(await count('appointment', 'post_id = ?', [postId])).toBe(3);
  });

  it('SEL-2 / API errors: a constraint violated inside a flush rolls the whole flush back and answers CONFLICT with the rule’s message', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId);
    await api.ok(APPOINT, { c: cadre.id, p: postId, s: '2024-01-01' }, admin);
    const em = api.app.orm.em.fork();
    // one flush: a new unit (valid) and an appointment overlapping the one above (refused by the database)
    em.persist(Object.assign(new Unit(), { name: '回滚测试村', kind: 'VILLAGE', code: 'rollback' }));
    em.persist(Object.assign(new Appointment(), { unit: em.getReference(Unit, world.a.unitId), post: em.getReference(Post, postId), cadre: em.getReference(Cadre, cadre.id), startDate: '2025-06-01' }));
    const error: unknown = await em.flush().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DriverException);
    expect(violatedConstraint(error)?.name).toBe('appointment_post_no_overlap');
    expect(await count('unit', 'code = ?', ['rollback'])).toBe(0);
    expect(await count('appointment', 'post_id = ?', [postId])).toBe(1);
    const formatted = formatError({ message: 'x' } as GraphQLFormattedError, error);
    expect(formatted).toMatchObject({ message: 'This post already has a holder for an overlapping period.', extensions: { code: 'CONFLICT', messageZh: '该岗位在重叠的时间段内已有任职人员' } });
  });

  it('SEL-3 N × createSecretarySelection for one appointment: one record, the others CONFLICT', async () => {
    const appointmentId = await secretaryAppointment(api, admin, world.a.unitId);
    await race(() => api.gql(`mutation($a: ID!) { createSecretarySelection(appointmentId: $a, ${SELECTION_ARGS}) { id } }`, { a: appointmentId }, admin));
    expect(await count('secretary_selection', 'appointment_id = ?', [appointmentId])).toBe(1);
  });

  it('RES-3 N × recommendReserve for one cadre: one live candidacy, the others CONFLICT', async () => {
    const cadre = await createCadre(api, admin, world.a.unitId, { gender: 'FEMALE', birthDate: '1996-02-02' });
    await race(() => api.gql('mutation($c: ID!) { recommendReserve(cadreId: $c, source: SELF, date: "2026-01-10") { id } }', { c: cadre.id }, world.a.token));
    expect(await count('reserve_candidate', 'cadre_id = ?', [cadre.id])).toBe(1);
  });

  it('RES-3 the database refuses a second live candidacy (direct SQL) but keeps any number of ended ones', async () => {
    const { id } = await candidateAt(api, admin, world.a.unitId, 'PROPOSED');
    const copy = (status: string) =>
      refusal(
        'insert into reserve_candidate (id, version, created_at, updated_at, unit_id, cadre_id, source, status, recommended_on) select ?, 1, created_at, updated_at, unit_id, cadre_id, source, ?, recommended_on from reserve_candidate where id = ?',
        [randomUUID(), status, id],
      );
    expect(await copy('IN_POOL')).toBe('reserve_candidate_cadre_live_unique');
    expect(await copy('RECOMMENDED')).toBe('reserve_candidate_cadre_live_unique');
    expect(await copy('WITHDRAWN')).toBeNull();
    expect(await copy('REJECTED')).toBeNull();
    expect(await copy('WITHDRAWN')).toBeNull();
  });

  it('RES-1 N × createSuccessionPair for one post with N different reserves: one active pair, the others CONFLICT', async () => {
    const postId = await createPost(api, admin, world.a.unitId, 'DEPUTY_DIRECTOR');
    const reserves = await Promise.all(Array.from({ length: N }, () => candidateAt(api, admin, world.a.unitId, 'IN_POOL')));
    await race((i) => api.gql(PAIR, { p: postId, r: reserves[i]!.id }, admin));
    expect(await count('succession_pair', 'post_id = ? and released_on is null', [postId])).toBe(1);
  });

  it('RES-1 N × createSuccessionPair for one reserve with N different posts: one active pair, the others CONFLICT', async () => {
    const reserve = await candidateAt(api, admin, world.a.unitId, 'IN_POOL');
    const posts = await Promise.all(Array.from({ length: N }, () => createPost(api, admin, world.a.unitId)));
    await race((i) => api.gql(PAIR, { p: posts[i]!, r: reserve.id }, admin));
    expect(await count('succession_pair', 'reserve_candidate_id = ? and released_on is null', [reserve.id])).toBe(1);
  });

  it('RES-1 a released pair does not count: the database accepts a new active pair next to released ones (direct SQL)', async () => {
    const reserve = await candidateAt(api, admin, world.a.unitId, 'IN_POOL');
    const postId = await createPost(api, admin, world.a.unitId);
    const { createSuccessionPair } = await api.ok<{ createSuccessionPair: { id: string } }>(PAIR, { p: postId, r: reserve.id }, admin);
    const copy = (releasedOn: string | null) =>
      refusal(
        'insert into succession_pair (id, version, created_at, updated_at, unit_id, post_id, reserve_candidate_id, paired_on, released_on) select ?, 1, created_at, updated_at, unit_id, post_id, reserve_candidate_id, paired_on, ? from succession_pair where id = ?',
        [randomUUID(), releasedOn, createSuccessionPair.id],
      );
    expect(await copy('2026-04-01')).toBeNull();
    expect(await copy('2026-04-02')).toBeNull();
    expect(await copy(null)).toMatch(/^succession_pair_(post|reserve)_active_unique$/);
  });

  it('RES-2 one successor proposal per vacated post and exit: no mutation can make a second one (the exit is once per cadre), so the database is tested directly', async () => {
    const { proposalId } = await proposalIn(api, admin, world.b.unitId);
    const duplicate = await refusal(
      'insert into succession_proposal (id, version, created_at, updated_at, unit_id, post_id, pair_id, reserve_candidate_id, exit_record_id, vacated_on, status) select ?, 1, created_at, updated_at, unit_id, post_id, pair_id, reserve_candidate_id, exit_record_id, vacated_on, status from succession_proposal where id = ?',
      [randomUUID(), proposalId],
    );
    expect(duplicate).toBe('succession_proposal_exit_post_unique');
  });

  it('MGT-3 N × exitCadre for one cadre: one exit, the others CONFLICT; the appointment is ended once', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId, { birthDate: '1968-08-08' });
    const appointment = (await api.ok<{ createAppointment: { id: string } }>(APPOINT, { c: cadre.id, p: postId, s: '2019-01-01' }, admin)).createAppointment;
    await race(() =>
      api.gql('mutation($c: ID!) { exitCadre(cadreId: $c, kind: RESIGNATION, effectiveDate: "2026-10-01", reason: "个人原因", basis: "《村民委员会组织法》") { id } }', { c: cadre.id }, admin),
    );
    expect(await count('exit_record', 'cadre_id = ?', [cadre.id])).toBe(1);
    expect(await sql('select end_date, version from appointment where id = ?', [appointment.id])).toEqual([{ end_date: '2026-10-01', version: 2 }]);
  });

  it('TRN-1 N × createTrainingParticipation for one cadre and session: one enrolment, the others CONFLICT', async () => {
    const sessionId = await trainingSession(api, admin);
    await race(() => api.gql('mutation($s: ID!, $c: ID!) { createTrainingParticipation(sessionId: $s, cadreId: $c) { id } }', { s: sessionId, c: world.a.cadreId }, admin));
    expect(await count('training_participation', 'session_id = ? and cadre_id = ?', [sessionId, world.a.cadreId])).toBe(1);
  });

  it('ASM-1 N × createAssessmentYear for one year: one year, the others CONFLICT', async () => {
    await race(() => api.gql('mutation { createAssessmentYear(year: 2031) { id } }', {}, admin));
    expect(await count('assessment_year', 'year = ?', [2031])).toBe(1);
  });

  it('ASM-1 N × createAssessmentIndicator with one name in one year: one indicator, the others CONFLICT', async () => {
    await api.ok('mutation { createAssessmentYear(year: 2032) { id } }', {}, admin);
    await race(() => api.gql('mutation { createAssessmentIndicator(year: 2032, name: "党建工作", maxPoints: 600) { id } }', {}, admin));
    expect(await count('assessment_indicator', 'year = ? and name = ?', [2032, '党建工作'])).toBe(1);
  });

  it('ASM-1 N × createAssessmentScore for one unit and indicator: one score, the others CONFLICT', async () => {
    const [indicatorId] = await catalogue(api, admin, 2033);
    // 500 of 600 points: two of them stay within the 1000-point total, so a request that reads the
    // winner's score is refused for the duplicate, not for the total (ASM-1, BAD_USER_INPUT)
    await race(() => api.gql('mutation($u: ID!, $i: ID!) { createAssessmentScore(unitId: $u, indicatorId: $i, points: 500, note: "扣分") { id } }', { u: world.a.unitId, i: indicatorId }, admin));
    expect(await count('assessment_score', 'unit_id = ? and indicator_id = ?', [world.a.unitId, indicatorId])).toBe(1);
  });

  it('ASM-3 / MGT-2 N × publishAssessmentYear: one ranking and one consequence per unit, the others CONFLICT', async () => {
    await score(api, admin, world.b.unitId, 2034, await catalogue(api, admin, 2034), [500, 250]);
    await race(() => api.gql('mutation { publishAssessmentYear(year: 2034) }', {}, admin));
    expect(await count('ranking_entry', 'year = ?', [2034])).toBe(1);
    // the community alone, last of its kind with 750 ≤ 800 points: one admonishment of its secretary
    expect(await sql('select kind, subject_id from consequence where year = ?', [2034])).toEqual([{ kind: 'ADMONISHMENT_TALK', subject_id: world.b.cadreId }]);
  });

  it('MGT-2 the database refuses a second consequence per unit, year, kind and main leader (direct SQL: only publishing makes them), a proposal withdrawn by a re-opening excepted', async () => {
    const [{ id }] = (await sql<{ id: string }>('select id from consequence where year = ?', [2034])) as [{ id: string }];
    const copy = (subject: 'same' | 'none', withdrawn: boolean) =>
      refusal(
        `insert into consequence (id, version, created_at, updated_at, unit_id, year, kind, status, subject_id, subject_name, evidence, streak_years, withdrawn_by_reopen) select ?, 1, created_at, updated_at, unit_id, year, kind, status, ${subject === 'same' ? 'subject_id' : 'null'}, subject_name, evidence, streak_years, ? from consequence where id = ?`,
        [randomUUID(), withdrawn, id],
      );
    expect(await copy('same', false)).toBe('consequence_unit_year_kind_subject_unique');
    expect(await copy('same', true)).toBeNull();
    expect(await copy('none', false)).toBeNull(); // a unit without a main leader on the publishing date …
    expect(await copy('none', false)).toBe('consequence_unit_year_kind_subject_unique'); // … has one such proposal too
  });

  it('PAY-1 N × createPayRecord for one cadre and year: one record, the others CONFLICT', async () => {
    await race(() => api.gql('mutation($c: ID!) { createPayRecord(cadreId: $c, year: 2026, title: PARTY_SECRETARY, amount: 60000) { id } }', { c: world.a.cadreId }, admin));
    expect(await count('pay_record', 'cadre_id = ? and year = ?', [world.a.cadreId, 2026])).toBe(1);
  });

  it('INS-2 N × createDutyLogCheck for one secretary and month: one check, the others CONFLICT', async () => {
    await race(() => api.gql('mutation($c: ID!) { createDutyLogCheck(cadreId: $c, month: "2026-03", outcome: PASS) { id } }', { c: world.b.cadreId }, admin));
    expect(await count('duty_log_check', 'cadre_id = ? and month = ?', [world.b.cadreId, '2026-03'])).toBe(1);
  });

  it('PAY-1 N × setPolicyParameter for one key and year: each answers a value or CONFLICT, and one row holds the value', async () => {
    // setting is "create or update": a request that sees the row updates it, one that raced the creation is refused
    const results = await Promise.all(Array.from({ length: N }, (_, i) => api.gql('mutation($v: Float) { setPolicyParameter(year: 2035, key: "postAllowanceMonthly", value: $v) { value } }', { v: 200 + i }, admin)));
    expect(results.filter((r) => !r.errors?.length).length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.errors?.length)) expect([codeOf(r), r.errors![0]!.extensions!.messageZh]).toEqual(['CONFLICT', expect.stringMatching(HAN)]);
    expect(await count('policy_value', 'year = ? and key = ?', [2035, 'postAllowanceMonthly'])).toBe(1);
    const duplicate = await refusal("insert into policy_value (id, version, created_at, updated_at, year, key, value) values (?, 1, ?, ?, 2035, 'postAllowanceMonthly', 250)", [randomUUID(), now(), now()]);
    expect(duplicate).toBe('policy_value_year_key_unique');
  });

  it('API errors: every named constraint exists in the migrated schema, and SQLite reports each unique index by the columns the registry names', async () => {
    for (const [name, rule] of Object.entries(constraintRules)) {
      if (backend === 'postgres') {
        const found = await sql("select conname as name from pg_constraint where conname = ? union select relname as name from pg_class where relname = ? and relkind = 'i'", [name, name]);
        expect(found, name).toHaveLength(1);
      } else {
        const found = await sql<{ name: string; type: string }>("select name, type from sqlite_master where name in (?, ?, ?) order by name", [name, `${name}_insert`, `${name}_update`]);
        expect(found.length, name).toBeGreaterThanOrEqual(1);
        if (rule.sqliteColumns) {
          const table = rule.sqliteColumns.split('.')[0]!;
          const columns = await sql<{ name: string }>(`pragma index_info(\`${name}\`)`);
          expect(columns.map((c) => `${table}.${c.name}`).join(', '), name).toBe(rule.sqliteColumns);
        }
      }
      expect(rule.messageZh, name).toMatch(HAN);
      expect(rule.message, name).toMatch(/^[A-Z].*\.$/);
      expect(rule.rule, name).toMatch(/^[A-Z]+-\d$/);
    }
    // PostgreSQL: writes of one post's appointments take turns (an advisory lock in a trigger), so
    // clashing concurrent inserts meet the exclusion constraint instead of waiting on each other
    if (backend === 'postgres') expect(await sql('select tgname from pg_trigger where tgname = ?', ['appointment_post_lock'])).toHaveLength(1);
  });

  it('API errors: a deadlock or lock timeout between concurrent writes is a CONFLICT to retry, not an internal error', () => {
    for (const error of [new DeadlockException(new Error('deadlock detected')), new LockWaitTimeoutException(new Error('database is locked'))]) {
      expect(formatError({ message: 'x' } as GraphQLFormattedError, error)).toMatchObject({ message: 'Another change was being saved at the same time; try again.', extensions: { code: 'CONFLICT', messageZh: '有其他修改正在同时保存，请重试' } });
    }
  });
});
