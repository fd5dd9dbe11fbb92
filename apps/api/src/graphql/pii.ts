import type { MiddlewareFn } from 'type-graphql';
import { canSeePii, maskIdNumber, maskPhone } from '@liangwei/domain';
import type { Context } from './context';

const maskers = { idNumber: maskIdNumber, phone: maskPhone } as const;

/** ROLE-2 Masks a personal-data field for viewers without PII rights. The one place that does it. */
export function MaskPii(kind: keyof typeof maskers): MiddlewareFn<Context> {
  return async ({ context }, next) => {
    const value = (await next()) as string | null | undefined;
    if (value == null || canSeePii(context.viewer)) return value;
    return maskers[kind](value);
  };
}
