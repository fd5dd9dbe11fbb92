import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { auditCount, countOf, fieldsOf } from './support/helpers';
import { catalogue, score } from './support/matrix-assessment';

/**
 * ASM-1..5 the thousand-point assessment, PAY-3/PAY-4 its awards and the policy parameters, end to
 * end through the API (the server's clock is fixed at 2026-11-25: publishing happens on that date).
 * Every test uses its own assessment year(s) and, where a ranking matters, its own units: a year's
 * ranking holds only the units scored in it.
 */

type Kind = 'VILLAGE' | 'COMMUNITY';

interface UnitRef {
  unitId: string;
  name: string;
  postId: string;
  secretaryId: string;
}

interface RankingRow {
  unit: { id: string; name: string };
  total: number;
  rank: number;
  isLast: boolean;
  published: boolean;
}

interface YearRow {
  id: string;
  year: number;
  status: string;
  reopenCount: number;
  lastReopenReason: string | null;
  version: number;
}

interface ScoreRow {
  id: string;
  unitId: string;
  indicatorId: string;
  points: number;
  note: string | null;
  version: number;
}

interface IndicatorRow {
  id: string;
  year: number;
  name: string;
  maxPoints: number;
  version: number;
}

interface AwardRow {
  unit: { id: string };
  rank: number;
  total: number;
  recipient: { id: string } | null;
  minimumAmount: number;
}

interface PolicyRow {
  key: string;
  value: number;
  defaultValue: number;
  isDefault: boolean;
  rules: string[];
}

const PUBLISH = 'mutation($y: Int!) { publishAssessmentYear(year: $y) }';
const RANKING = 'query($y: Int!, $k: UnitKind!) { assessmentRanking(year: $y, kind: $k) { unit { id name } total rank isLast published } }';
const YEAR_FIELDS = 'id year status reopenCount lastReopenReason version';
const SCORE_FIELDS = 'id unitId indicatorId points note version';
const INDICATOR_FIELDS = 'id year name maxPoints version';
const CREATE_SCORE = `mutation($u: ID!, $i: ID!, $p: Float!, $n: String) { createAssessmentScore(unitId: $u, indicatorId: $i, points: $p, note: $n) { ${SCORE_FIELDS} } }`;
const UPDATE_SCORE = `mutation($id: ID!, $p: Float, $n: String) { updateAssessmentScore(id: $id, points: $p, note: $n) { ${SCORE_FIELDS} } }`;
const CREATE_INDICATOR = `mutation($y: Int!, $n: String!, $m: Float!) { createAssessmentIndicator(year: $y, name: $n, maxPoints: $m) { ${INDICATOR_FIELDS} } }`;
const UPDATE_INDICATOR = `mutation($id: ID!, $n: String, $m: Float) { updateAssessmentIndicator(id: $id, name: $n, maxPoints: $m) { ${INDICATOR_FIELDS} } }`;
const DELETE_INDICATOR = 'mutation($id: ID!) { deleteAssessmentIndicator(id: $id) { id } }';
const SET_SCORES = 'mutation($u: ID!, $y: Int!, $s: [ScoreInput!]!) { setAssessmentScores(unitId: $u, year: $y, scores: $s) { id } }';
const COPY = `mutation($f: Int!, $t: Int!) { copyAssessmentCatalogue(fromYear: $f, toYear: $t) { ${INDICATOR_FIELDS} } }`;
const REOPEN = `mutation($y: Int!, $r: String!) { reopenAssessmentYear(year: $y, reason: $r) { ${YEAR_FIELDS} } }`;
const AWARDS = 'query($y: Int!) { targetAwards(year: $y) { unit { id } rank total recipient { id } minimumAmount } }';
const SET_POLICY = 'mutation($y: Int!, $k: String!, $v: Float) { setPolicyParameter(year: $y, key: $k, value: $v) { key value defaultValue isDefault rules } }';
const POLICY = 'query($y: Int!) { policyParameters(year: $y) { key value defaultValue isDefault rules } }';

describe.each(backends)('ASM-1..5, PAY-3/4 and policy parameters (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let admin: string;
  let unitSeq = 0;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    admin = world.admin;
  });
  afterAll(() => api?.close());

  /** A new unit with its Party secretary (post + cadre + appointment since 2021-03-20). */
  async function newUnit(kind: Kind): Promise<UnitRef> {
    unitSeq += 1;
    const code = `asm${unitSeq}`;
    const name = `${kind === 'VILLAGE' ? '考核村' : '考核社区'}${unitSeq}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $k: UnitKind!, $c: String!) { createUnit(name: $n, kind: $k, code: $c) { id } }', { n: name, k: kind, c: code }, admin);
    const postId = await createPost(api, admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, admin, createUnit.id);
    await createAppointment(api, admin, cadre.id, postId);
    return { unitId: createUnit.id, name, postId, secretaryId: cadre.id };
  }

  /** Scores a unit so that its year total is `total` (600-point indicator first, the rest on the 400-point one). */
  async function scoreTotal(unitId: string, year: number, ids: [string, string], total: number): Promise<void> {
    const first = Math.min(600, total);
    await score(api, admin, unitId, year, ids, [first, total - first]);
  }

  async function ranking(year: number, kind: Kind, token = admin): Promise<RankingRow[]> {
    return (await api.ok<{ assessmentRanking: RankingRow[] }>(RANKING, { y: year, k: kind }, token)).assessmentRanking;
  }

  async function yearOf(year: number, token = admin): Promise<YearRow | null> {
    const data = await api.ok<{ allAssessmentYears: YearRow[] }>(`query($y: Int) { allAssessmentYears(filter: { year: $y }) { ${YEAR_FIELDS} } }`, { y: year }, token);
    return data.allAssessmentYears[0] ?? null;
  }

  async function scoresOf(unitId: string, year: number, token = admin): Promise<ScoreRow[]> {
    const data = await api.ok<{ allAssessmentScores: ScoreRow[] }>(`query($u: ID, $y: Int) { allAssessmentScores(filter: { unitId: $u, year: $y }, sortField: "points", sortOrder: "ASC") { ${SCORE_FIELDS} } }`, { u: unitId, y: year }, token);
    return data.allAssessmentScores;
  }

  async function indicatorsOf(year: number, token = admin): Promise<IndicatorRow[]> {
    const data = await api.ok<{ allAssessmentIndicators: IndicatorRow[] }>(`query($y: Int) { allAssessmentIndicators(filter: { year: $y }, sortField: "sortOrder", sortOrder: "ASC") { ${INDICATOR_FIELDS} } }`, { y: year }, token);
    return data.allAssessmentIndicators;
  }

  async function consequencesOf(year: number): Promise<{ id: string; unit: { id: string }; kind: string; status: string; reason: string | null; evidence: { year: number; rank: number; total: number }[] }[]> {
    const data = await api.ok<{ assessmentConsequences: { id: string; unit: { id: string }; kind: string; status: string; reason: string | null; evidence: { year: number; rank: number; total: number }[] }[] }>(
      'query($y: Int!) { assessmentConsequences(year: $y) { id unit { id } kind status reason evidence { year rank total } } }',
      { y: year },
      admin,
    );
    return data.assessmentConsequences;
  }

  const publish = (year: number, token = admin) => api.gql(PUBLISH, { y: year }, token);

  // ---- ASM-1 the catalogue and the scores

  it('ASM-1 a catalogue totalling 999.5 cannot be published (CONFLICT, nothing published); at 1000 it publishes', async () => {
    const year = 2011;
    const v = await newUnit('VILLAGE');
    const first = (await api.ok<{ createAssessmentIndicator: IndicatorRow }>(CREATE_INDICATOR, { y: year, n: '党建工作', m: 600 }, admin)).createAssessmentIndicator;
    const second = (await api.ok<{ createAssessmentIndicator: IndicatorRow }>(CREATE_INDICATOR, { y: year, n: '经济发展', m: 399.5 }, admin)).createAssessmentIndicator;
    // 799.5: alone and last with 800 or less, so a published year would propose an admonishment (MGT-2)
    await score(api, admin, v.unitId, year, [first.id, second.id], [600, 199.5]);
    expect((await yearOf(year))!.status).toBe('DRAFT');
    const audits = await auditCount(api, admin);

    const refused = await publish(year);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toContain('999.5');
    expect((await yearOf(year))!.status).toBe('DRAFT');
    expect(await ranking(year, 'VILLAGE')).toEqual([{ unit: { id: v.unitId, name: v.name }, total: 799.5, rank: 1, isLast: true, published: false }]);
    expect(await consequencesOf(year)).toEqual([]);
    expect(await auditCount(api, admin)).toBe(audits);

    const raised = await api.ok<{ updateAssessmentIndicator: IndicatorRow }>(UPDATE_INDICATOR, { id: second.id, m: 400 }, admin);
    expect(raised.updateAssessmentIndicator.maxPoints).toBe(400);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    expect((await yearOf(year))!.status).toBe('PUBLISHED');
    expect(await ranking(year, 'VILLAGE')).toEqual([{ unit: { id: v.unitId, name: v.name }, total: 799.5, rank: 1, isLast: true, published: true }]);
    expect((await consequencesOf(year)).map((c) => [c.unit.id, c.kind, c.status])).toEqual([[v.unitId, 'ADMONISHMENT_TALK', 'PROPOSED']]);
  });

  it('ASM-1 a score above the indicator’s maximum or below 0 is BAD_USER_INPUT on points, and nothing is stored', async () => {
    const year = 2012;
    const [i1, i2] = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');

    for (const points of [600.5, -1, -0.5]) {
      const refused = await api.gql(CREATE_SCORE, { u: v.unitId, i: i1, p: points, n: '扣分' }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['points']);
    }
    const overGrid = await api.gql(SET_SCORES, { u: v.unitId, y: year, s: [{ indicatorId: i2, points: 401, note: '加分' }] }, admin);
    expect(codeOf(overGrid)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(overGrid)).toEqual(['scores.0.points']);
    expect(await countOf(api, admin, 'AssessmentScores', { unitId: v.unitId, year })).toBe(0);

    // the bounds themselves are allowed: 0 (with its reason) and the maximum
    const zero = (await api.ok<{ createAssessmentScore: ScoreRow }>(CREATE_SCORE, { u: v.unitId, i: i2, p: 0, n: '未完成' }, admin)).createAssessmentScore;
    const full = (await api.ok<{ createAssessmentScore: ScoreRow }>(CREATE_SCORE, { u: v.unitId, i: i1, p: 600 }, admin)).createAssessmentScore;
    expect([zero.points, full.points]).toEqual([0, 600]);

    // an update beyond the bounds is refused the same way and changes nothing
    for (const points of [400.5, -3]) {
      const refused = await api.gql(UPDATE_SCORE, { id: zero.id, p: points, n: '复核' }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['points']);
    }
    expect(await scoresOf(v.unitId, year)).toEqual([zero, full]);
  });

  it('ASM-1 a deduction without its note is BAD_USER_INPUT on note; full marks need none', async () => {
    const year = 2013;
    const [i1, i2] = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');

    for (const note of [null, '', '   ']) {
      const refused = await api.gql(CREATE_SCORE, { u: v.unitId, i: i1, p: 590, n: note }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['note']);
    }
    const grid = await api.gql(SET_SCORES, { u: v.unitId, y: year, s: [{ indicatorId: i2, points: 399 }] }, admin);
    expect(codeOf(grid)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(grid)).toEqual(['scores.0.note']);
    expect(await countOf(api, admin, 'AssessmentScores', { unitId: v.unitId, year })).toBe(0);

    const full = (await api.ok<{ createAssessmentScore: ScoreRow }>(CREATE_SCORE, { u: v.unitId, i: i1, p: 600 }, admin)).createAssessmentScore;
    expect(full).toMatchObject({ points: 600, note: null });
    // removing the note of an existing deduction is refused too
    const deduction = (await api.ok<{ createAssessmentScore: ScoreRow }>(CREATE_SCORE, { u: v.unitId, i: i2, p: 380, n: '台账不全' }, admin)).createAssessmentScore;
    const stripped = await api.gql(UPDATE_SCORE, { id: deduction.id, n: null }, admin);
    expect(codeOf(stripped)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(stripped)).toEqual(['note']);
    expect((await scoresOf(v.unitId, year)).find((s) => s.id === deduction.id)).toEqual(deduction);
  });

  it('ASM-1 a second score for the same unit and indicator is a CONFLICT, and the first stays as it was', async () => {
    const year = 2014;
    const [i1] = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    const first = (await api.ok<{ createAssessmentScore: ScoreRow }>(CREATE_SCORE, { u: v.unitId, i: i1, p: 550, n: '扣分' }, admin)).createAssessmentScore;
    const second = await api.gql(CREATE_SCORE, { u: v.unitId, i: i1, p: 600 }, admin);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(await scoresOf(v.unitId, year)).toEqual([first]);
  });

  it('ASM-1 copyAssessmentCatalogue copies names and maximum points into an empty draft year and refuses a year that has indicators', async () => {
    await catalogue(api, admin, 2015);
    const copied = (await api.ok<{ copyAssessmentCatalogue: IndicatorRow[] }>(COPY, { f: 2015, t: 2016 }, admin)).copyAssessmentCatalogue;
    expect(copied.map((i) => [i.year, i.name, i.maxPoints])).toEqual([
      [2016, '党建工作', 600],
      [2016, '经济发展', 400],
    ]);
    const source = await indicatorsOf(2015);
    expect((await indicatorsOf(2016)).map((i) => [i.name, i.maxPoints])).toEqual(source.map((i) => [i.name, i.maxPoints]));
    expect(new Set(copied.map((i) => i.id)).size).toBe(2);
    expect(copied.some((c) => source.some((s) => s.id === c.id))).toBe(false);
    expect((await yearOf(2016))!.status).toBe('DRAFT');

    const again = await api.gql(COPY, { f: 2015, t: 2016 }, admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await indicatorsOf(2016)).map((i) => i.id)).toEqual(copied.map((i) => i.id));

    // a year with one indicator of its own is refused as well, and keeps just that indicator
    await api.ok(CREATE_INDICATOR, { y: 2017, n: '自定指标', m: 1000 }, admin);
    expect(codeOf(await api.gql(COPY, { f: 2015, t: 2017 }, admin))).toBe('CONFLICT');
    expect((await indicatorsOf(2017)).map((i) => i.name)).toEqual(['自定指标']);
    // the source catalogue is untouched
    expect(await indicatorsOf(2015)).toEqual(source);
  });

  // ---- ASM-5 drafts and publishing

  it('ASM-5 a published year is frozen: creating or updating a score and creating, updating or deleting an indicator are CONFLICTs that change nothing', async () => {
    const year = 2018;
    const ids = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    const late = await newUnit('VILLAGE');
    await scoreTotal(v.unitId, year, ids, 900);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const scores = await scoresOf(v.unitId, year);
    const indicators = await indicatorsOf(year);
    const rankingBefore = await ranking(year, 'VILLAGE');
    const audits = await auditCount(api, admin);
    expect(rankingBefore).toEqual([{ unit: { id: v.unitId, name: v.name }, total: 900, rank: 1, isLast: true, published: true }]);

    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_SCORE, { u: late.unitId, i: ids[0], p: 600 }],
      [UPDATE_SCORE, { id: scores[0]!.id, p: 350, n: '复核' }],
      [SET_SCORES, { u: v.unitId, y: year, s: [{ indicatorId: ids[1], points: 100, note: '复核' }] }],
      [CREATE_INDICATOR, { y: year, n: '新增指标', m: 10 }],
      [UPDATE_INDICATOR, { id: ids[0], n: '改名', m: 500 }],
      [DELETE_INDICATOR, { id: ids[1] }],
      [COPY, { f: 2012, t: year }],
    ];
    for (const [query, variables] of attempts) expect(codeOf(await api.gql(query, variables, admin)), query).toBe('CONFLICT');

    expect(await scoresOf(v.unitId, year)).toEqual(scores);
    expect(await scoresOf(late.unitId, year)).toEqual([]);
    expect(await indicatorsOf(year)).toEqual(indicators);
    expect(await ranking(year, 'VILLAGE')).toEqual(rankingBefore);
    expect((await yearOf(year))!.status).toBe('PUBLISHED');
    expect(codeOf(await publish(year))).toBe('CONFLICT');
    expect(await auditCount(api, admin)).toBe(audits);
  });

  it('ASM-5 a unit user sees no draft year: not the year, its indicators, its own scores, nor the draft ranking; admin and analyst see the draft ranking unpublished', async () => {
    const year = 2019;
    const ids = await catalogue(api, admin, year);
    const other = await newUnit('VILLAGE');
    await scoreTotal(world.a.unitId, year, ids, 1000);
    await scoreTotal(other.unitId, year, ids, 950);
    const unit = world.a.token;
    const draft = (await yearOf(year))!;
    const ownScores = await scoresOf(world.a.unitId, year);
    expect(ownScores).toHaveLength(2);

    expect((await api.ok<{ allAssessmentYears: { year: number }[] }>('{ allAssessmentYears(perPage: 1000) { year } }', {}, unit)).allAssessmentYears.map((y) => y.year)).not.toContain(year);
    expect(await yearOf(year, unit)).toBeNull();
    expect((await api.ok<{ AssessmentYear: unknown }>('query($id: ID!) { AssessmentYear(id: $id) { id } }', { id: draft.id }, unit)).AssessmentYear).toBeNull();
    expect(await indicatorsOf(year, unit)).toEqual([]);
    expect((await api.ok<{ AssessmentIndicator: unknown }>('query($id: ID!) { AssessmentIndicator(id: $id) { id } }', { id: ids[0] }, unit)).AssessmentIndicator).toBeNull();
    expect(await scoresOf(world.a.unitId, year, unit)).toEqual([]);
    expect(await countOf(api, unit, 'AssessmentScores', { year })).toBe(0);
    expect((await api.ok<{ AssessmentScore: unknown }>('query($id: ID!) { AssessmentScore(id: $id) { id } }', { id: ownScores[0]!.id }, unit)).AssessmentScore).toBeNull();
    expect(await ranking(year, 'VILLAGE', unit)).toEqual([]);

    const draftRanking = [
      { unit: { id: world.a.unitId, name: '单位ua' }, total: 1000, rank: 1, isLast: false, published: false },
      { unit: { id: other.unitId, name: other.name }, total: 950, rank: 2, isLast: true, published: false },
    ];
    expect(await ranking(year, 'VILLAGE', admin)).toEqual(draftRanking);
    expect(await ranking(year, 'VILLAGE', world.analyst)).toEqual(draftRanking);

    // once published the unit user sees the year, the catalogue, its own scores and the ranking
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    expect((await yearOf(year, unit))!.status).toBe('PUBLISHED');
    expect((await indicatorsOf(year, unit)).map((i) => i.id)).toEqual(ids);
    expect((await scoresOf(world.a.unitId, year, unit)).map((s) => s.id).sort()).toEqual(ownScores.map((s) => s.id).sort());
    expect(await ranking(year, 'VILLAGE', unit)).toEqual(draftRanking.map((r) => ({ ...r, published: true })));
  });

  it('ASM-5 reopenAssessmentYear needs a reason, makes the year editable again and dismisses open proposals; republishing proposes again', async () => {
    const year = 2020;
    const ids = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    await scoreTotal(v.unitId, year, ids, 750);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const [proposal] = await consequencesOf(year);
    expect(proposal).toMatchObject({ unit: { id: v.unitId }, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', evidence: [{ year, rank: 1, total: 750 }] });
    const published = (await yearOf(year))!;

    for (const reason of ['', '   ']) {
      const refused = await api.gql(REOPEN, { y: year, r: reason }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['reason']);
    }
    expect(await yearOf(year)).toEqual(published);
    expect((await consequencesOf(year)).map((c) => c.status)).toEqual(['PROPOSED']);

    const reopened = (await api.ok<{ reopenAssessmentYear: YearRow }>(REOPEN, { y: year, r: '更正录入错误' }, admin)).reopenAssessmentYear;
    expect(reopened).toMatchObject({ year, status: 'DRAFT', reopenCount: 1, lastReopenReason: '更正录入错误' });
    const dismissed = (await consequencesOf(year)).find((c) => c.id === proposal!.id)!;
    expect(dismissed.status).toBe('DISMISSED');
    expect(dismissed.reason).toContain('更正录入错误');
    expect(await ranking(year, 'VILLAGE')).toEqual([{ unit: { id: v.unitId, name: v.name }, total: 750, rank: 1, isLast: true, published: false }]);
    // a draft year cannot be re-opened
    expect(codeOf(await api.gql(REOPEN, { y: year, r: '再次' }, admin))).toBe('CONFLICT');

    // editable again
    const [low] = await scoresOf(v.unitId, year);
    const corrected = (await api.ok<{ updateAssessmentScore: ScoreRow }>(UPDATE_SCORE, { id: low!.id, p: 160, n: '更正' }, admin)).updateAssessmentScore;
    expect(corrected.points).toBe(160);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    expect((await yearOf(year))!.status).toBe('PUBLISHED');
    const after = await consequencesOf(year);
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.id === proposal!.id)!.status).toBe('DISMISSED');
    expect(after.find((c) => c.id !== proposal!.id)).toMatchObject({ unit: { id: v.unitId }, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', evidence: [{ year, rank: 1, total: 760 }] });
    expect(await ranking(year, 'VILLAGE')).toEqual([{ unit: { id: v.unitId, name: v.name }, total: 760, rank: 1, isLast: true, published: true }]);
  });

  // ---- ASM-3 ranking

  it('ASM-3 units are ranked within their kind with competition ranking (1, 2, 2, 4); a community last does not touch the villages', async () => {
    const year = 2021;
    const ids = await catalogue(api, admin, year);
    const [v1, v2, v3, v4] = [await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE')];
    const [c1, c2] = [await newUnit('COMMUNITY'), await newUnit('COMMUNITY')];
    await scoreTotal(v1.unitId, year, ids, 900);
    await scoreTotal(v2.unitId, year, ids, 850.5);
    await scoreTotal(v3.unitId, year, ids, 850.5);
    await scoreTotal(v4.unitId, year, ids, 700);
    await scoreTotal(c1.unitId, year, ids, 950);
    await scoreTotal(c2.unitId, year, ids, 600); // lower than every village
    const villages = (published: boolean) => [
      { unit: { id: v1.unitId, name: v1.name }, total: 900, rank: 1, isLast: false, published },
      { unit: { id: v2.unitId, name: v2.name }, total: 850.5, rank: 2, isLast: false, published },
      { unit: { id: v3.unitId, name: v3.name }, total: 850.5, rank: 2, isLast: false, published },
      { unit: { id: v4.unitId, name: v4.name }, total: 700, rank: 4, isLast: true, published },
    ];
    const communities = (published: boolean) => [
      { unit: { id: c1.unitId, name: c1.name }, total: 950, rank: 1, isLast: false, published },
      { unit: { id: c2.unitId, name: c2.name }, total: 600, rank: 2, isLast: true, published },
    ];
    const sortTies = (rows: RankingRow[]) => [...rows].sort((a, b) => a.rank - b.rank || a.unit.name.localeCompare(b.unit.name));
    expect(sortTies(await ranking(year, 'VILLAGE'))).toEqual(villages(false));
    expect(await ranking(year, 'COMMUNITY')).toEqual(communities(false));
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const publishedVillages = await ranking(year, 'VILLAGE');
    expect(publishedVillages.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(sortTies(publishedVillages)).toEqual(villages(true));
    expect(await ranking(year, 'COMMUNITY')).toEqual(communities(true));
    // MGT-2 only the last of each kind is proposed: v4 among villages, c2 among communities
    expect((await consequencesOf(year)).map((c) => c.unit.id).sort()).toEqual([v4.unitId, c2.unitId].sort());
  });

  it('ASM-3 every unit tied at the bottom of its kind is last', async () => {
    const year = 2022;
    const ids = await catalogue(api, admin, year);
    const [v1, v2, v3] = [await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE')];
    const c = await newUnit('COMMUNITY');
    await scoreTotal(v1.unitId, year, ids, 920);
    await scoreTotal(v2.unitId, year, ids, 880);
    await scoreTotal(v3.unitId, year, ids, 880);
    await scoreTotal(c.unitId, year, ids, 990);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const rows = await ranking(year, 'VILLAGE');
    expect(rows.map((r) => [r.rank, r.total, r.isLast])).toEqual([
      [1, 920, false],
      [2, 880, true],
      [2, 880, true],
    ]);
    expect(rows[0]!.unit.id).toBe(v1.unitId);
    expect(rows.filter((r) => r.isLast).map((r) => r.unit.id).sort()).toEqual([v2.unitId, v3.unitId].sort());
    // a kind with a single unit: rank 1 and last
    expect(await ranking(year, 'COMMUNITY')).toEqual([{ unit: { id: c.unitId, name: c.name }, total: 990, rank: 1, isLast: true, published: true }]);
  });

  // ---- ASM-2 what a unit user reads

  it('ASM-2 a unit user reads the published ranking of every unit but never another unit’s item scores', async () => {
    const year = 2023;
    const ids = await catalogue(api, admin, year);
    const other = await newUnit('VILLAGE');
    await scoreTotal(world.a.unitId, year, ids, 880);
    await scoreTotal(other.unitId, year, ids, 910);
    await scoreTotal(world.b.unitId, year, ids, 870);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const unit = world.a.token;

    expect(await ranking(year, 'VILLAGE', unit)).toEqual([
      { unit: { id: other.unitId, name: other.name }, total: 910, rank: 1, isLast: false, published: true },
      { unit: { id: world.a.unitId, name: '单位ua' }, total: 880, rank: 2, isLast: true, published: true },
    ]);
    expect(await ranking(year, 'COMMUNITY', unit)).toEqual([{ unit: { id: world.b.unitId, name: '单位ub' }, total: 870, rank: 1, isLast: true, published: true }]);

    const otherScores = await scoresOf(other.unitId, year);
    expect(otherScores).toHaveLength(2);
    expect(await scoresOf(other.unitId, year, unit)).toEqual([]);
    expect(await countOf(api, unit, 'AssessmentScores', { unitId: other.unitId, year })).toBe(0);
    expect(await scoresOf(world.b.unitId, year, unit)).toEqual([]);
    for (const s of otherScores) {
      expect((await api.ok<{ AssessmentScore: unknown }>('query($id: ID!) { AssessmentScore(id: $id) { id points } }', { id: s.id }, unit)).AssessmentScore).toBeNull();
    }
    // its own item scores, and only those
    const own = await scoresOf(world.a.unitId, year, unit);
    expect(own.map((s) => s.points).sort((x, y) => x - y)).toEqual([280, 600]);
    const all = await api.ok<{ allAssessmentScores: { unitId: string }[] }>('query($y: Int) { allAssessmentScores(perPage: 1000, filter: { year: $y }) { unitId } }', { y: year }, unit);
    expect(new Set(all.allAssessmentScores.map((s) => s.unitId))).toEqual(new Set([world.a.unitId]));
  });

  it('ASM-2 a unit missing an indicator blocks publishing with a CONFLICT naming it', async () => {
    const year = 2024;
    const ids = await catalogue(api, admin, year);
    const complete = await newUnit('VILLAGE');
    const incomplete = await newUnit('VILLAGE');
    await scoreTotal(complete.unitId, year, ids, 750);
    await api.ok(CREATE_SCORE, { u: incomplete.unitId, i: ids[0], p: 600 }, admin);

    const audits = await auditCount(api, admin);
    const refused = await publish(year);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toContain(incomplete.name);
    expect(refused.errors![0]!.message).not.toContain(complete.name);
    expect((await yearOf(year))!.status).toBe('DRAFT');
    expect((await ranking(year, 'VILLAGE')).every((r) => !r.published)).toBe(true);
    expect(await consequencesOf(year)).toEqual([]);
    expect(await auditCount(api, admin)).toBe(audits);

    await api.ok(CREATE_SCORE, { u: incomplete.unitId, i: ids[1], p: 400 }, admin);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    expect((await ranking(year, 'VILLAGE')).map((r) => [r.unit.id, r.total, r.rank, r.published])).toEqual([
      [incomplete.unitId, 1000, 1, true],
      [complete.unitId, 750, 2, true],
    ]);
    expect((await consequencesOf(year)).map((c) => [c.unit.id, c.kind])).toEqual([[complete.unitId, 'ADMONISHMENT_TALK']]);
  });

  // ---- PAY-4 target awards

  it('PAY-4 the main leaders of the top 3 villages and the top 2 communities are awarded at least the default 5000; the recipient is the secretary on the publishing date', async () => {
    const year = 2025;
    const ids = await catalogue(api, admin, year);
    const villages = [await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE')];
    const communities = [await newUnit('COMMUNITY'), await newUnit('COMMUNITY'), await newUnit('COMMUNITY')];
    const villageTotals = [950, 900, 850, 820, 810];
    const communityTotals = [990, 905, 860];
    for (const [i, v] of villages.entries()) await scoreTotal(v.unitId, year, ids, villageTotals[i]!);
    for (const [i, c] of communities.entries()) await scoreTotal(c.unitId, year, ids, communityTotals[i]!);

    // the second village's secretary changed during 2026: the award goes to the holder on 2026-11-25
    const former = await api.ok<{ allAppointments: { id: string; version: number }[] }>('query($p: ID) { allAppointments(filter: { postId: $p }) { id version } }', { p: villages[1]!.postId }, admin);
    await api.ok('mutation($id: ID!, $e: Date) { updateAppointment(id: $id, endDate: $e) { id } }', { id: former.allAppointments[0]!.id, e: '2026-06-30' }, admin);
    const successor = await createCadre(api, admin, villages[1]!.unitId);
    await createAppointment(api, admin, successor.id, villages[1]!.postId, '2026-07-01');

    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const awards = (await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, admin)).targetAwards;
    expect(awards).toEqual([
      { unit: { id: villages[0]!.unitId }, rank: 1, total: 950, recipient: { id: villages[0]!.secretaryId }, minimumAmount: 5000 },
      { unit: { id: villages[1]!.unitId }, rank: 2, total: 900, recipient: { id: successor.id }, minimumAmount: 5000 },
      { unit: { id: villages[2]!.unitId }, rank: 3, total: 850, recipient: { id: villages[2]!.secretaryId }, minimumAmount: 5000 },
      { unit: { id: communities[0]!.unitId }, rank: 1, total: 990, recipient: { id: communities[0]!.secretaryId }, minimumAmount: 5000 },
      { unit: { id: communities[1]!.unitId }, rank: 2, total: 905, recipient: { id: communities[1]!.secretaryId }, minimumAmount: 5000 },
    ]);
    // the analyst reads the same rows; a draft or unknown year has none
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, world.analyst)).targetAwards).toEqual(awards);
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: 2016 }, admin)).targetAwards).toEqual([]);
  });

  it('PAY-4 a tie at third place among villages awards 4 villages; a tie at second awards 3 (1, 2, 2, 4)', async () => {
    const year = 2026;
    const ids = await catalogue(api, admin, year);
    const vs = [await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE'), await newUnit('VILLAGE')];
    const totals = [960, 900, 870, 870, 860];
    for (const [i, v] of vs.entries()) await scoreTotal(v.unitId, year, ids, totals[i]!);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const awards = (await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, admin)).targetAwards;
    expect(awards.map((a) => a.rank)).toEqual([1, 2, 3, 3]);
    expect(awards.map((a) => a.unit.id).sort()).toEqual(vs.slice(0, 4).map((v) => v.unitId).sort());
    for (const a of awards) expect(a.recipient!.id).toBe(vs.find((v) => v.unitId === a.unit.id)!.secretaryId);

    const year2 = 2027;
    const ids2 = await catalogue(api, admin, year2);
    const totals2 = [960, 900, 900, 870, 860];
    for (const [i, v] of vs.entries()) await scoreTotal(v.unitId, year2, ids2, totals2[i]!);
    expect(await publish(year2)).toEqual({ data: { publishAssessmentYear: true } });
    const awards2 = (await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year2 }, admin)).targetAwards;
    expect(awards2.map((a) => a.rank)).toEqual([1, 2, 2]);
    expect(awards2.map((a) => a.unit.id).sort()).toEqual(vs.slice(0, 3).map((v) => v.unitId).sort());
  });

  it('PAY-4 minimumAmount is the year’s policy targetAwardMinimum: 8000 when set before publishing', async () => {
    const year = 2028;
    const set = (await api.ok<{ setPolicyParameter: PolicyRow }>(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: 8000 }, admin)).setPolicyParameter;
    expect(set).toMatchObject({ key: 'targetAwardMinimum', value: 8000, defaultValue: 5000, isDefault: false });
    const ids = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    const c = await newUnit('COMMUNITY');
    await scoreTotal(v.unitId, year, ids, 900);
    await scoreTotal(c.unitId, year, ids, 900);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    const awards = (await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, admin)).targetAwards;
    expect(awards.map((a) => [a.unit.id, a.minimumAmount])).toEqual([
      [v.unitId, 8000],
      [c.unitId, 8000],
    ]);
    // another year keeps the default
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: 2025 }, admin)).targetAwards.every((a) => a.minimumAmount === 5000)).toBe(true);
  });

  it('PAY-4 a unit user sees only its own award row', async () => {
    const year = 2029;
    const ids = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    const c = await newUnit('COMMUNITY');
    await scoreTotal(world.a.unitId, year, ids, 900);
    await scoreTotal(v.unitId, year, ids, 950);
    await scoreTotal(world.b.unitId, year, ids, 880);
    await scoreTotal(c.unitId, year, ids, 990);
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, admin)).targetAwards).toHaveLength(4);
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, world.a.token)).targetAwards).toEqual([
      { unit: { id: world.a.unitId }, rank: 2, total: 900, recipient: { id: world.a.cadreId }, minimumAmount: 5000 },
    ]);
    expect((await api.ok<{ targetAwards: AwardRow[] }>(AWARDS, { y: year }, world.b.token)).targetAwards).toEqual([
      { unit: { id: world.b.unitId }, rank: 2, total: 880, recipient: { id: world.b.cadreId }, minimumAmount: 5000 },
    ]);
    // PAY-3 likewise: a unit user gets its own team's realisation awards only, even when asking for another unit
    const realisation = 'query($y: Int!, $u: ID) { realisationAwards(year: $y, unitId: $u) { cadre { id } unit { id } amount } }';
    expect((await api.ok<{ realisationAwards: unknown[] }>(realisation, { y: year, u: null }, world.a.token)).realisationAwards).toEqual([{ cadre: { id: world.a.cadreId }, unit: { id: world.a.unitId }, amount: 2700 }]);
    expect((await api.ok<{ realisationAwards: unknown[] }>(realisation, { y: year, u: v.unitId }, world.a.token)).realisationAwards).toEqual([]);
    expect((await api.ok<{ realisationAwards: unknown[] }>(realisation, { y: year, u: v.unitId }, admin)).realisationAwards).toEqual([{ cadre: { id: v.secretaryId }, unit: { id: v.unitId }, amount: 2850 }]);
  });

  // ---- PAY-3 realisation awards

  it('PAY-3 every member of the team at the end of the year gets 3000 × total / 1000 by default', async () => {
    const year = 2010;
    const ids = await catalogue(api, admin, year);
    const v = await newUnit('VILLAGE');
    const other = await newUnit('VILLAGE');
    // the secretary's appointment starts 2021: for 2010 a team appointed before then
    const team = [await createCadre(api, admin, v.unitId), await createCadre(api, admin, v.unitId)];
    const member = await createPost(api, admin, v.unitId, 'COMMITTEE_MEMBER');
    const deputy = await createPost(api, admin, v.unitId, 'DEPUTY_DIRECTOR');
    await createAppointment(api, admin, team[0]!.id, member, '2008-01-01');
    await createAppointment(api, admin, team[1]!.id, deputy, '2009-05-01');
    const left = await createCadre(api, admin, v.unitId);
    await createAppointment(api, admin, left.id, await createPost(api, admin, v.unitId, 'ACCOUNTANT'), '2008-01-01', '2010-06-30');
    await score(api, admin, v.unitId, year, ids, [600, 273.5]);
    await scoreTotal(other.unitId, year, ids, 1000);
    const otherCadre = await createCadre(api, admin, other.unitId);
    await createAppointment(api, admin, otherCadre.id, await createPost(api, admin, other.unitId, 'COMMITTEE_MEMBER'), '2008-01-01');
    expect(await publish(year)).toEqual({ data: { publishAssessmentYear: true } });

    const query = 'query($y: Int!, $u: ID) { realisationAwards(year: $y, unitId: $u) { cadre { id } unit { id } total amount } }';
    const rows = (await api.ok<{ realisationAwards: { cadre: { id: string }; unit: { id: string }; total: number; amount: number }[] }>(query, { y: year, u: v.unitId }, admin)).realisationAwards;
    expect(rows.map((r) => r.cadre.id).sort()).toEqual(team.map((c) => c.id).sort());
    for (const r of rows) expect(r).toMatchObject({ unit: { id: v.unitId }, total: 873.5, amount: 2620.5 });

    const all = (await api.ok<{ realisationAwards: { cadre: { id: string }; amount: number }[] }>(query, { y: year, u: null }, admin)).realisationAwards;
    expect(all.map((r) => [r.cadre.id, r.amount])).toEqual([[otherCadre.id, 3000], ...rows.map((r) => [r.cadre.id, 2620.5])]);
  });

  // ---- policy parameters

  it('PAY-4/MGT-2/PAY-3 policyParameters(year) lists the defaults with their rule IDs, for every role', async () => {
    for (const token of [admin, world.analyst, world.a.token]) {
      const rows = (await api.ok<{ policyParameters: PolicyRow[] }>(POLICY, { y: 2030 }, token)).policyParameters;
      const byKey = new Map(rows.map((r) => [r.key, r]));
      expect(byKey.get('targetAwardMinimum')).toEqual({ key: 'targetAwardMinimum', value: 5000, defaultValue: 5000, isDefault: true, rules: ['PAY-4'] });
      expect(byKey.get('targetAwardTopVillages')).toEqual({ key: 'targetAwardTopVillages', value: 3, defaultValue: 3, isDefault: true, rules: ['PAY-4'] });
      expect(byKey.get('targetAwardTopCommunities')).toEqual({ key: 'targetAwardTopCommunities', value: 2, defaultValue: 2, isDefault: true, rules: ['PAY-4'] });
      expect(byKey.get('lastPlaceThreshold')).toEqual({ key: 'lastPlaceThreshold', value: 800, defaultValue: 800, isDefault: true, rules: ['MGT-2'] });
      expect(byKey.get('removalStreakYears')).toEqual({ key: 'removalStreakYears', value: 3, defaultValue: 3, isDefault: true, rules: ['MGT-2'] });
      expect(byKey.get('realisationAwardAtFull')).toEqual({ key: 'realisationAwardAtFull', value: 3000, defaultValue: 3000, isDefault: true, rules: ['PAY-3'] });
      expect(byKey.get('mainLeaderIncludesDirector')).toEqual({ key: 'mainLeaderIncludesDirector', value: 0, defaultValue: 0, isDefault: true, rules: ['ORG-4', 'MGT-2', 'PAY-4'] });
      expect(rows.every((r) => r.isDefault && r.value === r.defaultValue && r.rules.length > 0 && r.rules.every((id) => /^[A-Z]{3,4}-\d+$/.test(id)))).toBe(true);
    }
  });

  it('PAY-4 setPolicyParameter validates the key and value (BAD_USER_INPUT, nothing stored) and null returns to the default', async () => {
    const year = 2031;
    const valueOf = async (key: string, y = year) => (await api.ok<{ policyParameters: PolicyRow[] }>(POLICY, { y }, admin)).policyParameters.find((r) => r.key === key)!;
    const cases: [string, number, string][] = [
      ['noSuchParameter', 1, 'key'],
      ['targetAwardMinimum', -1, 'value'],
      ['lastPlaceThreshold', -0.5, 'value'],
      ['mainLeaderIncludesDirector', 2, 'value'],
      ['mainLeaderIncludesDirector', 0.5, 'value'],
    ];
    for (const [key, value, field] of cases) {
      const refused = await api.gql(SET_POLICY, { y: year, k: key, v: value }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toContain(field);
    }
    expect((await api.ok<{ policyParameters: PolicyRow[] }>(POLICY, { y: year }, admin)).policyParameters.every((r) => r.isDefault)).toBe(true);

    expect((await api.ok<{ setPolicyParameter: PolicyRow }>(SET_POLICY, { y: year, k: 'mainLeaderIncludesDirector', v: 1 }, admin)).setPolicyParameter).toMatchObject({ value: 1, isDefault: false });
    expect((await api.ok<{ setPolicyParameter: PolicyRow }>(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: 6500 }, admin)).setPolicyParameter).toMatchObject({ value: 6500, isDefault: false });
    expect((await api.ok<{ setPolicyParameter: PolicyRow }>(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: 7000 }, admin)).setPolicyParameter).toMatchObject({ value: 7000, isDefault: false });
    expect(await valueOf('targetAwardMinimum')).toMatchObject({ value: 7000, isDefault: false });
    expect(await valueOf('targetAwardMinimum', year + 1)).toMatchObject({ value: 5000, isDefault: true });
    // a refused value leaves the stored one
    expect(codeOf(await api.gql(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: -5 }, admin))).toBe('BAD_USER_INPUT');
    expect(await valueOf('targetAwardMinimum')).toMatchObject({ value: 7000 });

    expect((await api.ok<{ setPolicyParameter: PolicyRow }>(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: null }, admin)).setPolicyParameter).toEqual({
      key: 'targetAwardMinimum',
      value: 5000,
      defaultValue: 5000,
      isDefault: true,
      rules: ['PAY-4'],
    });
    expect(await valueOf('targetAwardMinimum')).toMatchObject({ value: 5000, isDefault: true });
    expect(await valueOf('mainLeaderIncludesDirector')).toMatchObject({ value: 1, isDefault: false });
  });

  it('ROLE-2/ROLE-3 an analyst or a unit user cannot set a policy parameter (FORBIDDEN, nothing stored)', async () => {
    const year = 2032;
    for (const token of [world.analyst, world.a.token]) {
      const refused = await api.gql(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: 9000 }, token);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(SET_POLICY, { y: year, k: 'targetAwardMinimum', v: null }, token))).toBe('FORBIDDEN');
    }
    const rows = (await api.ok<{ policyParameters: PolicyRow[] }>(POLICY, { y: year }, admin)).policyParameters;
    expect(rows.every((r) => r.isDefault)).toBe(true);
  });
});
