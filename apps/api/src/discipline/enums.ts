import { registerEnumType } from 'type-graphql';
import { DisciplineLevel, DisciplineStatus, DisciplineStep } from '@liangwei/domain';

/** The discipline module's enums, registered under their public GraphQL names. */
registerEnumType(DisciplineLevel, { name: 'DisciplineLevel', description: 'MGT-1 批评教育并整改 / 调整 / 严肃处理' });
registerEnumType(DisciplineStatus, { name: 'DisciplineStatus', description: 'MGT-1 where a discipline case stands' });
registerEnumType(DisciplineStep, { name: 'DisciplineStep', description: 'MGT-1 the steps of a case after it is opened' });

export { DisciplineLevel, DisciplineStatus, DisciplineStep };
