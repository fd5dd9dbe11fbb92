import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, backends, TestApi } from './support/api';
import { createAppointment, createCadre, createPost } from './support/fixture';

/**
 * The rule queries list people in Chinese order, by pinyin, on SQLite and PostgreSQL alike: 李四
 * (li) before 张三 (zhang), although 张 (U+5F20) comes before 李 (U+674E) by code point.
 */
describe.each(backends)('people in pinyin order in the rule queries (%s)', (backend) => {
  let api: TestApi;
  let admin: string;
  let unitId: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    admin = await api.login('admin', ADMIN_PASSWORD);
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation { createUnit(name: "拼音村", kind: VILLAGE, code: "py01") { id } }', {}, admin);
    unitId = createUnit.id;
    // created in code-point order, so that neither the creation order nor the code points give the pinyin order
    for (const [name, title] of [['张三', 'PARTY_SECRETARY'], ['李四', 'DIRECTOR']] as const) {
      const cadre = await createCadre(api, admin, unitId, { name, gender: 'MALE' });
      await createAppointment(api, admin, cadre.id, await createPost(api, admin, unitId, title), '2021-03-20');
    }
  }, 120_000);
  afterAll(() => api?.close());

  it('TRN-2 TGT-3 TGT-6 ORG-3 untrainedCadres, missingDutyReports, threeLinks and teamStatisticsPeople list 李四 before 张三 (pinyin), not by code point', async () => {
    const data = await api.ok<{
      untrainedCadres: { name: string }[];
      missingDutyReports: { cadre: { name: string } }[];
      threeLinks: { cadre: { name: string } }[];
      teamStatisticsPeople: { name: string }[];
    }>(
      `query($u: ID) {
        untrainedCadres(year: 2026, unitId: $u) { name }
        missingDutyReports(year: 2026, half: 1, unitId: $u) { cadre { name } }
        threeLinks(year: 2026, unitId: $u) { cadre { name } }
        teamStatisticsPeople(dimension: GENDER, key: "MALE", unitId: $u) { name }
      }`,
      { u: unitId },
      admin,
    );
    expect(['张三', '李四'].sort()).toEqual(['张三', '李四']); // code-point order, the one not wanted
    expect({
      untrainedCadres: data.untrainedCadres.map((c) => c.name),
      missingDutyReports: data.missingDutyReports.map((m) => m.cadre.name),
      threeLinks: data.threeLinks.map((l) => l.cadre.name),
      teamStatisticsPeople: data.teamStatisticsPeople.map((c) => c.name),
    }).toEqual({ untrainedCadres: ['李四', '张三'], missingDutyReports: ['李四', '张三'], threeLinks: ['李四', '张三'], teamStatisticsPeople: ['李四', '张三'] });
  });
});
