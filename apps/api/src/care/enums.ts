import { registerEnumType } from 'type-graphql';
import { CareKind, HonourKind } from '@liangwei/domain';

/** The care module's enums, registered under their public GraphQL names. */
registerEnumType(CareKind, { name: 'CareKind', description: 'PAY-5 home visit (走访) or physical examination (体检)' });
registerEnumType(HonourKind, { name: 'HonourKind', description: 'PAY-6 honours and recommendations' });

export { CareKind, HonourKind };
