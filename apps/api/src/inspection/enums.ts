import { registerEnumType } from 'type-graphql';
import { FindingCategory, FindingSeverity, NoticeStatus, RectificationStatus, RectificationStep } from '@liangwei/domain';

/** The inspection module's enums, registered under their public GraphQL names (INS-1). */
registerEnumType(RectificationStatus, { name: 'RectificationStatus', description: 'INS-1 where a finding’s rectification stands' });
registerEnumType(RectificationStep, { name: 'RectificationStep', description: 'INS-1 a step of a rectification: the unit reports, the subdistrict accepts or returns' });
registerEnumType(FindingCategory, { name: 'FindingCategory', description: 'INS-1 / MGT-1 what an inspection found' });
registerEnumType(FindingSeverity, { name: 'FindingSeverity', description: 'INS-1 / MGT-1 how serious a finding is' });
registerEnumType(NoticeStatus, { name: 'NoticeStatus', description: 'INS-1 draft, issued (frozen), superseded by a corrected re-issue' });

export { FindingCategory, FindingSeverity, NoticeStatus, RectificationStatus, RectificationStep };
