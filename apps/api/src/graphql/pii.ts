import type { MiddlewareFn } from 'type-graphql';
import { canSeePii, maskIdNumber, maskPhone, type Viewer } from '@liangwei/domain';
import type { Context } from './context';

const maskers = { idNumber: maskIdNumber, phone: maskPhone } as const;

export type PiiKind = keyof typeof maskers;

/**
 * ROLE-2 The one place that decides what a viewer sees of a personal-data value: the value
 * itself for viewers with PII rights, its mask otherwise. Every read path (field resolvers,
 * projections, exports) goes through it.
 */
export function piiValue(kind: PiiKind, value: string | null | undefined, viewer: Viewer | null | undefined): string | null | undefined {
  if (value == null || canSeePii(viewer)) return value;
  return maskers[kind](value);
}

/** ROLE-2 Masks a personal-data field for viewers without PII rights. */
export function MaskPii(kind: PiiKind): MiddlewareFn<Context> {
  return async ({ context }, next) => piiValue(kind, (await next()) as string | null | undefined, context.viewer);
}
