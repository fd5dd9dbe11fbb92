import { registerEnumType } from 'type-graphql';
import { Education, Gender, PoliticalStatus, PostTitle, Role, SelectionMethod, SourceCategory, UnitKind } from '@liangwei/domain';

/** The domain's enums, registered once under their public GraphQL names. */
registerEnumType(UnitKind, { name: 'UnitKind', description: 'ORG-2 village (村) or community (社区)' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(Role, { name: 'Role', description: 'ROLE-1..3' });
registerEnumType(PostTitle, { name: 'PostTitle', description: 'ORG-4' });
registerEnumType(Education, { name: 'Education' });
registerEnumType(PoliticalStatus, { name: 'PoliticalStatus' });
registerEnumType(SelectionMethod, { name: 'SelectionMethod', description: 'SEL-5' });
registerEnumType(SourceCategory, { name: 'SourceCategory', description: 'SEL-4' });

export const AppointmentStatus = { CURRENT: 'CURRENT', ENDED: 'ENDED', FUTURE: 'FUTURE' } as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'SEL-2, on the request date' });

export { Education, Gender, PoliticalStatus, PostTitle, Role, SelectionMethod, SourceCategory, UnitKind };
