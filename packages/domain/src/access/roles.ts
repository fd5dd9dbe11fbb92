import type { Labels } from '../shared/labels';

/** ROLE-1..3 */
export const Role = {
  SUBDISTRICT_ADMIN: 'SUBDISTRICT_ADMIN',
  SUBDISTRICT_ANALYST: 'SUBDISTRICT_ANALYST',
  UNIT_USER: 'UNIT_USER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const roleLabels: Labels<Role> = {
  SUBDISTRICT_ADMIN: { zh: '办事处管理员', en: 'Subdistrict admin' },
  SUBDISTRICT_ANALYST: { zh: '办事处分析员', en: 'Subdistrict analyst' },
  UNIT_USER: { zh: '村(社区)用户', en: 'Village/community user' },
};
