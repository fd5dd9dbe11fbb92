import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, type GqlResult } from './support/api';
import { buildWorld, cadreArgs, CREATE_CADRE, type World } from './support/fixture';

/**
 * API errors carry a Chinese text for the zh-CN console: `extensions.messageZh` next to the
 * unchanged English `message`, and `messageZh` on each entry of `extensions.problems`.
 */

const CJK = /[\u4e00-\u9fff]/;

interface Problem {
  field: string;
  message: string;
  messageZh?: string;
}

/** The first error, after checking its code and that it carries Chinese texts (its own and each problem's). */
function chineseError(result: GqlResult, code: string) {
  expect(codeOf(result)).toBe(code);
  const error = result.errors![0]!;
  const messageZh = error.extensions?.messageZh;
  expect(typeof messageZh).toBe('string');
  expect(messageZh).toMatch(CJK);
  const problems = (error.extensions?.problems ?? []) as Problem[];
  for (const problem of problems) expect(problem.messageZh, problem.field).toMatch(CJK);
  return { message: error.message, messageZh: messageZh as string, problems };
}

const EXIT = `mutation($c: ID!, $reg: Int, $cast: Int, $for: Int) {
  exitCadre(cadreId: $c, kind: RECALL, effectiveDate: "2026-09-01", reason: "村民会议罢免", registeredVoters: $reg, votesCast: $cast, votesFor: $for) { id }
}`;
const UPDATE_CADRE = 'mutation($id: ID!, $name: String, $version: Int) { updateCadre(id: $id, name: $name, version: $version) { id version } }';
const CREATE_UNIT = 'mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

describe.each(backends)('API errors: Chinese texts next to the English ones (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('SEL-1 an ID number with a wrong check digit: the English message is unchanged, the problem and the error say it in Chinese', async () => {
    const result = await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId, { idNumber: '110105194912310020' }), world.admin);
    const error = chineseError(result, 'BAD_USER_INPUT');
    expect(error.message).toBe('idNumber: check digit does not match (GB 11643)');
    expect(error.problems).toEqual([{ field: 'idNumber', message: 'check digit does not match (GB 11643)', messageZh: '身份证号校验位不正确(GB 11643)' }]);
    expect(error.messageZh).toBe('身份证号校验位不正确(GB 11643)');
  });

  it('SEL-1 a birth date in the future', async () => {
    const result = await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId, { birthDate: '2030-01-01', idNumber: null }), world.admin);
    const error = chineseError(result, 'BAD_USER_INPUT');
    expect(error.problems).toEqual([{ field: 'birthDate', message: 'lies in the future', messageZh: '出生日期不能晚于今天' }]);
  });

  it('SEL-1 several problems at once: each has its Chinese text, and the error joins them with "；"', async () => {
    const result = await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId, { name: ' ', birthDate: '2030-01-01', idNumber: null, phone: '123' }), world.admin);
    const error = chineseError(result, 'BAD_USER_INPUT');
    expect(error.problems.map((p) => p.field)).toEqual(['name', 'birthDate', 'phone']);
    expect(error.messageZh).toBe(error.problems.map((p) => p.messageZh).join('；'));
  });

  it('API errors: a stale version is a CONFLICT with a Chinese text', async () => {
    const { createCadre } = await api.ok<{ createCadre: { id: string; version: number } }>(CREATE_CADRE, await cadreArgs(world.a.unitId), world.admin);
    const result = await api.gql(UPDATE_CADRE, { id: createCadre.id, name: '旧版本', version: createCadre.version + 5 }, world.admin);
    const error = chineseError(result, 'CONFLICT');
    expect(error.message).toContain('was changed by someone else');
    expect(error.messageZh).toContain('该记录已被他人修改');
  });

  it('ORG-2 a duplicate unit code, refused by the database, is a CONFLICT naming the rule in English and Chinese', async () => {
    await api.ok(CREATE_UNIT, { n: '消息测试村', c: 'msg-dup' }, world.admin);
    const result = await api.gql(CREATE_UNIT, { n: '消息测试村二', c: 'msg-dup' }, world.admin);
    const error = chineseError(result, 'CONFLICT');
    expect(error.message).toBe('A unit with this code exists already.');
    expect(error.messageZh).toBe('该单位编码已被使用');
  });

  it('ROLE-4 an unknown unit is a bad reference with a Chinese text', async () => {
    const result = await api.gql(CREATE_CADRE, await cadreArgs('999999'), world.admin);
    const error = chineseError(result, 'BAD_USER_INPUT');
    expect(error.problems).toEqual([{ field: 'unitId', message: 'unknown unit', messageZh: '未知的单位' }]);
  });

  it('API auth: a wrong password and a missing login are UNAUTHENTICATED with Chinese texts', async () => {
    const wrong = chineseError(await api.gql(LOGIN, { u: 'admin', p: 'not-the-password' }), 'UNAUTHENTICATED');
    expect(wrong.message).toBe('Wrong username or password.');
    expect(wrong.messageZh).toBe('用户名或密码错误');
    const anonymous = chineseError(await api.gql('{ allCadres { id } }'), 'UNAUTHENTICATED');
    expect(anonymous.message).toBe('Please log in.');
    expect(anonymous.messageZh).toBe('请先登录');
  });

  it('API auth: too many failed logins name the minutes to wait in Chinese too', async () => {
    let result: GqlResult = {};
    for (let i = 0; i < 6; i += 1) result = await api.gql(LOGIN, { u: 'nobody-here', p: 'wrong' });
    const error = chineseError(result, 'UNAUTHENTICATED');
    expect(error.message).toMatch(/^Too many failed logins\. Try again in \d+ minute\(s\)\.$/);
    expect(error.messageZh).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试$/);
  });

  it('ROLE-2 an analyst writing is FORBIDDEN with a Chinese text', async () => {
    const result = await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId), world.analyst);
    const error = chineseError(result, 'FORBIDDEN');
    expect(error.messageZh).toBe('您的角色无权执行此操作');
  });

  it('MGT-3 a recall that did not pass (half the votes for it) is refused with a Chinese text', async () => {
    const result = await api.gql(EXIT, { c: world.a.cadreId, reg: 1000, cast: 600, for: 300 }, world.admin);
    const error = chineseError(result, 'BAD_USER_INPUT');
    expect(error.problems).toEqual([
      { field: 'votesFor', message: 'not more than half of the votes cast were for the recall: it did not pass', messageZh: '罢免未获通过：赞成票未超过投票人数的一半' },
    ]);
  });

  it('API errors: a record that is not there is NOT_FOUND with a Chinese text', async () => {
    const error = chineseError(await api.gql(UPDATE_CADRE, { id: '999999', name: '无此人' }, world.admin), 'NOT_FOUND');
    expect(error.messageZh).toBe('未找到该记录');
  });

  it('API errors: a date that does not exist, as a variable or as a literal, is BAD_USER_INPUT with a Chinese text', async () => {
    const variable = chineseError(await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId, { birthDate: '2025-02-29', idNumber: null }), world.admin), 'BAD_USER_INPUT');
    expect(variable.messageZh).toContain('日期格式应为 YYYY-MM-DD');
    const literal = chineseError(await api.gql(`mutation { createCadre(unitId: "${world.a.unitId}", name: "李强", gender: MALE, birthDate: "2025-02-29") { id } }`, {}, world.admin), 'BAD_USER_INPUT');
    expect(literal.messageZh).toContain('日期格式应为 YYYY-MM-DD');
  });
});
