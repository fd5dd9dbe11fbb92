import type { Labels } from '../shared/labels';

/** SEL-1 */
export const Gender = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];
export const genderLabels: Labels<Gender> = {
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
};

/** SEL-1 Highest completed education. */
export const Education = {
  PRIMARY: 'PRIMARY',
  JUNIOR_HIGH: 'JUNIOR_HIGH',
  SENIOR_HIGH: 'SENIOR_HIGH',
  VOCATIONAL: 'VOCATIONAL',
  JUNIOR_COLLEGE: 'JUNIOR_COLLEGE',
  BACHELOR: 'BACHELOR',
  POSTGRADUATE: 'POSTGRADUATE',
} as const;
export type Education = (typeof Education)[keyof typeof Education];
export const educationLabels: Labels<Education> = {
  PRIMARY: { zh: '小学', en: 'Primary school' },
  JUNIOR_HIGH: { zh: '初中', en: 'Junior high school' },
  SENIOR_HIGH: { zh: '高中', en: 'Senior high school' },
  VOCATIONAL: { zh: '中专', en: 'Vocational school' },
  JUNIOR_COLLEGE: { zh: '大专', en: 'Junior college' },
  BACHELOR: { zh: '本科', en: "Bachelor's degree" },
  POSTGRADUATE: { zh: '研究生', en: 'Postgraduate' },
};

/** SEL-1 Political status. */
export const PoliticalStatus = {
  PARTY_MEMBER: 'PARTY_MEMBER',
  PROBATIONARY_MEMBER: 'PROBATIONARY_MEMBER',
  LEAGUE_MEMBER: 'LEAGUE_MEMBER',
  MASSES: 'MASSES',
} as const;
export type PoliticalStatus = (typeof PoliticalStatus)[keyof typeof PoliticalStatus];
export const politicalStatusLabels: Labels<PoliticalStatus> = {
  PARTY_MEMBER: { zh: '中共党员', en: 'Party member' },
  PROBATIONARY_MEMBER: { zh: '预备党员', en: 'Probationary Party member' },
  LEAGUE_MEMBER: { zh: '共青团员', en: 'Youth League member' },
  MASSES: { zh: '群众', en: 'No party affiliation' },
};

/** SEL-5 Selection methods (选任方式). */
export const SelectionMethod = {
  TWO_RECOMMENDATIONS_ONE_ELECTION: 'TWO_RECOMMENDATIONS_ONE_ELECTION',
  OPEN_NOMINATION_DIRECT_ELECTION: 'OPEN_NOMINATION_DIRECT_ELECTION',
  OPEN_SELECTION: 'OPEN_SELECTION',
  PARTY_COMMITTEE_APPOINTMENT: 'PARTY_COMMITTEE_APPOINTMENT',
} as const;
export type SelectionMethod = (typeof SelectionMethod)[keyof typeof SelectionMethod];
export const selectionMethodLabels: Labels<SelectionMethod> = {
  TWO_RECOMMENDATIONS_ONE_ELECTION: { zh: '两推一选', en: 'Two recommendations, one election' },
  OPEN_NOMINATION_DIRECT_ELECTION: { zh: '公推直选', en: 'Open nomination, direct election' },
  OPEN_SELECTION: { zh: '面向社会公开选拔', en: 'Open selection from society' },
  PARTY_COMMITTEE_APPOINTMENT: { zh: '办事处党委委派', en: 'Appointed by the subdistrict Party committee' },
};

/** SEL-4 Source categories of Party secretaries (书记来源). */
export const SourceCategory = {
  CURRENT_CADRE: 'CURRENT_CADRE',
  WEALTH_LEADER: 'WEALTH_LEADER',
  RURAL_BROKER: 'RURAL_BROKER',
  COOPERATIVE_HEAD: 'COOPERATIVE_HEAD',
  ENTERPRISE_MANAGER: 'ENTERPRISE_MANAGER',
  VETERAN: 'VETERAN',
  COLLEGE_GRADUATE_OFFICIAL: 'COLLEGE_GRADUATE_OFFICIAL',
  RETURNED_MIGRANT_PARTY_MEMBER: 'RETURNED_MIGRANT_PARTY_MEMBER',
  DISPATCHED: 'DISPATCHED',
} as const;
export type SourceCategory = (typeof SourceCategory)[keyof typeof SourceCategory];
export const sourceCategoryLabels: Labels<SourceCategory> = {
  CURRENT_CADRE: { zh: '现任村(社区)干部', en: 'Current village/community cadre' },
  WEALTH_LEADER: { zh: '致富能手', en: 'Local wealth-creation leader' },
  RURAL_BROKER: { zh: '农村经纪人', en: 'Rural broker' },
  COOPERATIVE_HEAD: { zh: '农业专业合作组织负责人', en: 'Head of an agricultural cooperative' },
  ENTERPRISE_MANAGER: { zh: '优秀企业经营管理者', en: 'Enterprise manager' },
  VETERAN: { zh: '复员退伍军人', en: 'Demobilised veteran' },
  COLLEGE_GRADUATE_OFFICIAL: { zh: '大学生村官', en: 'College-graduate village official' },
  RETURNED_MIGRANT_PARTY_MEMBER: { zh: '外出务工返乡党员', en: 'Returning migrant-worker Party member' },
  DISPATCHED: { zh: '机关或企事业单位选派', en: 'Dispatched from an agency or institution' },
};
