import { registerEnumType } from 'type-graphql';
import { AssessmentYearStatus, CampaignYear, ConsequenceKind, ConsequenceStatus } from '@liangwei/domain';

registerEnumType(AssessmentYearStatus, { name: 'AssessmentYearStatus', description: 'ASM-5' });
registerEnumType(CampaignYear, { name: 'CampaignYear', description: 'ORG-5' });
registerEnumType(ConsequenceKind, { name: 'ConsequenceKind', description: 'MGT-2' });
registerEnumType(ConsequenceStatus, { name: 'ConsequenceStatus', description: 'MGT-2' });

export { AssessmentYearStatus, CampaignYear, ConsequenceKind, ConsequenceStatus };
