import type { Labels } from '../shared/labels';

/** ASM-5 An assessment year is entered as a draft, then published (its scores frozen). */
export const AssessmentYearStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type AssessmentYearStatus = (typeof AssessmentYearStatus)[keyof typeof AssessmentYearStatus];
export const assessmentYearStatusLabels: Labels<AssessmentYearStatus> = {
  DRAFT: { zh: '录入中', en: 'Draft' },
  PUBLISHED: { zh: '已公布', en: 'Published' },
};

/** ORG-5 The year of the three-year campaign (三年活动) an assessment year is tagged with. */
export const CampaignYear = { IMPLEMENTATION: 'IMPLEMENTATION', INNOVATION: 'INNOVATION', LEAP_FORWARD: 'LEAP_FORWARD' } as const;
export type CampaignYear = (typeof CampaignYear)[keyof typeof CampaignYear];
export const campaignYearLabels: Labels<CampaignYear> = {
  IMPLEMENTATION: { zh: '落实执行年', en: 'Year of implementation' },
  INNOVATION: { zh: '创新突破年', en: 'Year of innovation and breakthrough' },
  LEAP_FORWARD: { zh: '跨越争先年', en: 'Year of leaping forward' },
};
