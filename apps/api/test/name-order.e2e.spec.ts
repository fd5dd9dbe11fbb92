import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, backends, TestApi } from './support/api';
import { createAppointment, createCadre, createPost } from './support/fixture';
import { fillNameSortKeys, nameSortKey } from '../src/common/name-sort';

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

  it('rows written by plain SQL (a county load) get their pinyin keys at startup, in batches: 1,201 cadres, every key as the ORM computes it', async () => {
    const em = api.app.orm.em.fork();
    const connection = em.getConnection();
    const surnames = ['张', '李', '王', '赵', '欧阳', '吕'];
    const names = Array.from({ length: 1201 }, (_, i) => `${surnames[i % surnames.length]}${'一二三四五六七八九十'[i % 10]}${i}`);
    for (let start = 0; start < names.length; start += 300) {
      const part = names.slice(start, start + 300);
      await connection.execute(
        `insert into cadre (id, version, created_at, updated_at, unit_id, name, name_sort, gender, birth_date, education, political_status, is_college_graduate_official)
         values ${part.map(() => `(?, 1, ?, ?, ?, ?, '', 'MALE', '1980-01-01', 'BACHELOR', 'PARTY_MEMBER', ?)`).join(', ')}`,
        part.flatMap((name, i) => [`fill-${String(start + i).padStart(5, '0')}`, new Date(), new Date(), unitId, name, false]),
      );
    }
    expect(await fillNameSortKeys(em)).toBe(1201);
    const rows: { id: string; name: string; name_sort: string }[] = await connection.execute(`select id, name, name_sort from cadre where id like 'fill-%' order by id`);
    expect(rows).toHaveLength(1201);
    expect(rows.filter((r) => r.name_sort !== nameSortKey(r.name)).map((r) => r.name)).toEqual([]);
    // nothing left to fill: idempotent
    expect(await fillNameSortKeys(em)).toBe(0);
  });
});
