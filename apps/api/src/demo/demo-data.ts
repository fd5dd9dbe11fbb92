import { Education, Gender, PoliticalStatus, PostTitle, SelectionMethod, UnitKind, addYears, makeIdNumber, postTitleLabels, type IsoDate } from '@liangwei/domain';

/**
 * Deterministic demo data: one subdistrict with 20 villages and 6 communities, each with a full
 * two-committee team. Ages are spread so that some units satisfy RES-4's age part and some do not;
 * a few units show a former holder (ended appointment) of a post.
 */

/** mulberry32: a small seeded PRNG, so every run produces the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VILLAGES = ['王家湾村', '柳树店村', '石桥铺村', '杨家岗村', '李家畈村', '黄土坡村', '白沙洲村', '新庄村', '刘家垸村', '桃园村', '张家咀村', '龙王庙村', '青山村', '高家坪村', '马鞍山村', '双河村', '红星村', '陈家岭村', '枣林村', '何家湾村'];
const COMMUNITIES = ['幸福路社区', '建设街社区', '解放路社区', '和平里社区', '滨江社区', '东风社区'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢';
const MALE_GIVEN = ['建国', '志强', '国华', '红军', '海波', '德明', '文斌', '俊杰', '立新', '永刚', '家豪', '卫东', '兴旺', '振华', '明亮', '浩然', '子轩', '成龙', '春生', '鹏飞'];
const FEMALE_GIVEN = ['秀英', '丽娟', '桂兰', '美玲', '春燕', '晓红', '雪梅', '丹丹', '玉兰', '静怡', '婷婷', '海燕', '小芳', '凤霞', '慧敏', '佳琪', '思雨', '红梅'];
const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '土家族'];
const REGION = '420606';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  posts: DemoPost[];
}

export interface DemoCadre {
  name: string;
  gender: Gender;
  birthDate: IsoDate;
  ethnicity: string;
  education: Education;
  politicalStatus: PoliticalStatus;
  phone: string;
  idNumber: string;
  isCollegeGraduateOfficial: boolean;
}

export interface DemoAppointment {
  cadre: DemoCadre;
  startDate: IsoDate;
  endDate: IsoDate | null;
  selectionMethod: SelectionMethod;
}

export interface DemoPost {
  title: PostTitle;
  name: string;
  /** in order; the last is current unless ended */
  appointments: DemoAppointment[];
}

const TEAM: PostTitle[] = [
  PostTitle.PARTY_SECRETARY,
  PostTitle.DEPUTY_PARTY_SECRETARY,
  PostTitle.PARTY_COMMITTEE_MEMBER,
  PostTitle.PARTY_COMMITTEE_MEMBER,
  PostTitle.DIRECTOR,
  PostTitle.DEPUTY_DIRECTOR,
  PostTitle.COMMITTEE_MEMBER,
  PostTitle.WOMENS_DIRECTOR,
  PostTitle.COMMITTEE_MEMBER,
  PostTitle.ACCOUNTANT,
  PostTitle.COMMITTEE_MEMBER,
  PostTitle.PARTY_COMMITTEE_MEMBER,
];

const TERM_START = '2021-03-20';

export function demoUnits(today: IsoDate, seed = 20261125): DemoUnit[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const usedNames = new Set<string>();
  let sequence = 0;

  function person(gender: Gender, age: number, wasBornBefore: IsoDate): DemoCadre {
    let name: string;
    do name = pick([...SURNAMES]) + pick(gender === Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN);
    while (usedNames.has(name));
    usedNames.add(name);
    const birthDate = addYears(wasBornBefore, -age).slice(0, 8) + String(int(1, 28)).padStart(2, '0');
    const born = birthDate > addYears(wasBornBefore, -age) ? addYears(birthDate, -1) : birthDate;
    sequence += 1;
    // 17th digit: odd for men, even for women (GB 11643)
    const seq = (sequence * 10 + (gender === Gender.MALE ? 1 : 2)) % 1000;
    const young = age <= 35;
    return {
      name,
      gender,
      birthDate: born,
      ethnicity: pick(ETHNICITIES),
      education: young ? pick([Education.BACHELOR, Education.JUNIOR_COLLEGE, Education.BACHELOR]) : pick([Education.JUNIOR_HIGH, Education.SENIOR_HIGH, Education.VOCATIONAL, Education.JUNIOR_COLLEGE]),
      politicalStatus: pick([PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PARTY_MEMBER, young ? PoliticalStatus.LEAGUE_MEMBER : PoliticalStatus.MASSES]),
      phone: `1${pick(['38', '39', '58', '86', '87', '35'])}${String(int(0, 99_999_999)).padStart(8, '0')}`,
      idNumber: makeIdNumber(REGION, born, seq),
      isCollegeGraduateOfficial: young && rnd() < 0.25,
    };
  }

  const all = [
    ...VILLAGES.map((name, i) => ({ name, kind: UnitKind.VILLAGE, code: `cun${String(i + 1).padStart(2, '0')}` })),
    ...COMMUNITIES.map((name, i) => ({ name, kind: UnitKind.COMMUNITY, code: `sq${String(i + 1).padStart(2, '0')}` })),
  ];
  return all.map((unit, index) => {
    // Every third unit has an ageing team (no one under 46): it fails RES-4's age rule.
    const ageing = index % 3 === 2;
    // Every fourth unit has only one cadre aged 36..45: it lacks the second young cadre.
    const thin = !ageing && index % 4 === 3;
    const size = int(8, 12);
    let youngLeft = ageing ? 0 : thin ? 1 : int(2, 4);
    let youngerLeft = ageing || thin ? 0 : 1;
    const posts: DemoPost[] = TEAM.slice(0, size).map((title, seat) => {
      let age: number;
      if (youngerLeft > 0 && seat >= 2) {
        age = int(26, 35);
        youngerLeft -= 1;
        youngLeft -= 1;
      } else if (youngLeft > 0 && seat >= 1) {
        age = thin ? int(36, 45) : int(30, 45);
        youngLeft -= 1;
      } else {
        age = int(46, 62);
      }
      const gender = title === PostTitle.WOMENS_DIRECTOR || rnd() < 0.25 ? Gender.FEMALE : Gender.MALE;
      const cadre = person(gender, age, today);
      const method = title === PostTitle.PARTY_SECRETARY ? pick([SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION, SelectionMethod.OPEN_NOMINATION_DIRECT_ELECTION]) : SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION;
      const appointments: DemoAppointment[] = [];
      // Some posts changed hands: a former holder until the last election, or mid-term.
      if ((index + seat) % 7 === 0) {
        const formerEnd = seat % 2 === 0 ? TERM_START : '2024-06-30';
        appointments.push({ cadre: person(rnd() < 0.3 ? Gender.FEMALE : Gender.MALE, int(55, 66), today), startDate: '2015-03-18', endDate: formerEnd, selectionMethod: SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION });
        appointments.push({ cadre, startDate: formerEnd, endDate: null, selectionMethod: method });
      } else {
        appointments.push({ cadre, startDate: TERM_START, endDate: null, selectionMethod: method });
      }
      return { title, name: postTitleLabels[title].zh, appointments };
    });
    return { ...unit, posts };
  });
}
