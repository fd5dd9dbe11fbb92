import { registerEnumType } from 'type-graphql';
import { AllowanceReason, LogCheckOutcome } from '@liangwei/domain';

/** The pay module's enums, registered under their public GraphQL names. */
registerEnumType(LogCheckOutcome, { name: 'LogCheckOutcome', description: 'INS-2 the monthly duty log check' });
registerEnumType(AllowanceReason, { name: 'AllowanceReason', description: 'PAY-2 why a month’s post allowance is or is not paid' });

export { AllowanceReason, LogCheckOutcome };
