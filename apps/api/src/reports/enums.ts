import { registerEnumType } from 'type-graphql';
import { DutyReportAudience } from '@liangwei/domain';

/** The duty reports module's enums, registered under their public GraphQL names. */
registerEnumType(DutyReportAudience, { name: 'DutyReportAudience', description: 'TGT-3 the three audiences of a duty report (述职)' });

export { DutyReportAudience };
