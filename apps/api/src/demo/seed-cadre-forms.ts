import type { EntityManager } from '@mikro-orm/core';
import { Education, Gender, PoliticalStatus, UnitKind, type IsoDate } from '@liangwei/domain';
import { CadreFamilyMember, CadreResumeLine } from '../cadre-form/cadre-form.entities';
import type { SeededUnit } from './seed-workflows';

const PLACES = ['湖北襄阳', '湖北宜城', '湖北枣阳', '湖北南漳', '湖北谷城', '湖北老河口', '河南邓州', '湖北随州'];
const SCHOOLS = ['湖北农业职业技术学院农业经济管理专业', '襄阳职业技术学院会计专业', '湖北文理学院汉语言文学专业', '华中农业大学农学专业', '武汉工程大学土木工程专业'];
const FIRST_JOBS = ['在家务农', '个体经营', '外出务工', '村办企业工人', '农业合作社技术员'];
const SPOUSE_JOBS = ['务农', '个体经营', '镇中心小学教师', '镇卫生院护士', '外出务工'];
const CHILD_JOBS = ['在读学生', '襄阳市某公司职员', '外出务工', '在家务农'];
const SPOUSE_SURNAMES = '李王张刘陈杨赵黄周吴徐孙';
const SPOUSE_GIVEN = { [Gender.MALE]: ['建国', '志强', '海涛', '永红'], [Gender.FEMALE]: ['秀兰', '丽娟', '春梅', '雪芳'] };

const FULL_TIME: Record<string, [string, string | null]> = {
  [Education.PRIMARY]: ['小学', null],
  [Education.JUNIOR_HIGH]: ['初中', null],
  [Education.SENIOR_HIGH]: ['高中', null],
  [Education.VOCATIONAL]: ['中专', null],
  [Education.JUNIOR_COLLEGE]: ['大专', null],
  [Education.BACHELOR]: ['大学本科', '学士'],
  [Education.POSTGRADUATE]: ['研究生', '硕士'],
};

/** A stable number from a text (the same cadre gets the same form on every seed). */
function hash(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) % 1_000_003;
  return h;
}

const month = (date: string) => date.slice(0, 7);
const shiftYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4, 7)}`;

/**
 * The appointment form of every demo cadre on a team: native place, work and Party entry dates,
 * education with school, health, a resume from the first job to the current post, a spouse and
 * (for those old enough) a child. Deterministic: derived from the cadre and the post.
 */
export function seedCadreForms(em: EntityManager, units: SeededUnit[], today: IsoDate): void {
  const thisMonth = month(today);
  const done = new Set<string>();
  for (const { unit, team } of units) {
    for (const { post, cadre, appointment } of team) {
      if (done.has(cadre.id)) continue;
      done.add(cadre.id);
      const h = hash(`${cadre.name}${cadre.birthDate}`);
      const birthYear = Number(cadre.birthDate.slice(0, 4));
      const [education, degree] = FULL_TIME[cadre.education ?? Education.SENIOR_HIGH] ?? ['高中', null];
      const studied = cadre.education === Education.BACHELOR || cadre.education === Education.JUNIOR_COLLEGE || cadre.education === Education.POSTGRADUATE;
      const workStart = `${birthYear + (studied ? 22 : 18)}-07`;
      const appointed = month(appointment.startDate);
      Object.assign(cadre, {
        nativePlace: PLACES[h % PLACES.length],
        birthplace: PLACES[(h >> 3) % PLACES.length],
        workStartDate: workStart <= thisMonth ? workStart : thisMonth,
        partyEntryDate: cadre.politicalStatus === PoliticalStatus.PARTY_MEMBER ? [`${birthYear + 24 + (h % 6)}-0${1 + (h % 9)}`, thisMonth].sort()[0] : null,
        healthStatus: '健康',
        fullTimeEducation: education,
        fullTimeDegree: degree,
        fullTimeSchool: studied ? SCHOOLS[h % SCHOOLS.length] : null,
        inServiceEducation: !studied && h % 3 === 0 ? '大专' : null,
        inServiceSchool: !studied && h % 3 === 0 ? '中共湖北省委党校经济管理专业' : null,
        specialty: h % 2 === 0 ? '农村基层治理' : '农业产业发展',
        rewardsAndPunishments: h % 4 === 0 ? `${Math.max(birthYear + 30, 2018)}年被评为街道"优秀共产党员"` : '无',
      });
      const lines: Partial<CadreResumeLine>[] = [];
      if (cadre.workStartDate! < appointed) lines.push({ fromMonth: cadre.workStartDate!, toMonth: appointed, content: FIRST_JOBS[h % FIRST_JOBS.length] });
      lines.push({ fromMonth: appointed, toMonth: null, content: `${unit.name}${post.name.replace('村(居)', unit.kind === UnitKind.VILLAGE ? '村' : '居')}` });
      lines.forEach((l, i) => em.persist(Object.assign(new CadreResumeLine(), { unit, cadre, position: i + 1, ...l })));
      const spouseGender = cadre.gender === Gender.MALE ? Gender.FEMALE : Gender.MALE;
      const members: Partial<CadreFamilyMember>[] = [
        {
          relation: spouseGender === Gender.FEMALE ? '妻子' : '丈夫',
          name: `${SPOUSE_SURNAMES[h % SPOUSE_SURNAMES.length]}${SPOUSE_GIVEN[spouseGender][h % 4]}`,
          birthMonth: month(shiftYears(cadre.birthDate, (h % 5) - 2)),
          politicalStatus: h % 3 === 0 ? '中共党员' : '群众',
          workUnitAndPost: SPOUSE_JOBS[h % SPOUSE_JOBS.length],
        },
      ];
      const childBirth = shiftYears(cadre.birthDate, 26);
      if (month(childBirth) <= thisMonth) {
        members.push({ relation: h % 2 === 0 ? '儿子' : '女儿', name: `${cadre.name.slice(0, 1)}${h % 2 === 0 ? '晓东' : '晓雨'}`, birthMonth: month(childBirth), politicalStatus: '群众', workUnitAndPost: CHILD_JOBS[h % CHILD_JOBS.length] });
      }
      members.forEach((m, i) => em.persist(Object.assign(new CadreFamilyMember(), { unit, cadre, position: i + 1, ...m })));
    }
  }
}
