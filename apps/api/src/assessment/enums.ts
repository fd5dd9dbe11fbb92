import { registerEnumType } from 'type-graphql';
import { ConsequenceKind, ConsequenceStatus } from '@liangwei/domain';

/** ASM-5 */
export const AssessmentYearStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type AssessmentYearStatus = (typeof AssessmentYearStatus)[keyof typeof AssessmentYearStatus];

/** ORG-5 the three-year campaign: 落实执行年, 创新突破年, 跨越争先年 */
export const CampaignYear = { IMPLEMENTATION: 'IMPLEMENTATION', INNOVATION: 'INNOVATION', LEAP_FORWARD: 'LEAP_FORWARD' } as const;
export type CampaignYear = (typeof CampaignYear)[keyof typeof CampaignYear];

registerEnumType(AssessmentYearStatus, { name: 'AssessmentYearStatus', description: 'ASM-5' });
registerEnumType(CampaignYear, { name: 'CampaignYear', description: 'ORG-5' });
registerEnumType(ConsequenceKind, { name: 'ConsequenceKind', description: 'MGT-2' });
registerEnumType(ConsequenceStatus, { name: 'ConsequenceStatus', description: 'MGT-2' });

export { ConsequenceKind, ConsequenceStatus };
