import type { MiddlewareFn } from 'type-graphql';
import { canSeePii, maskBirthDate, maskIdNumber, maskPhone, type Viewer } from '@liangwei/domain';
import type { Context } from './context';

/** ROLE-2 a birth date shows as year-month, so that no mask can be undone from it (ages stay exact). */
const maskers = { idNumber: maskIdNumber, phone: maskPhone, birthDate: maskBirthDate } as const;

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

/**
 * ROLE-2 The personal-data properties of each entity and their kind: the read path masks them in
 * its rows (resource/projection.ts), field resolvers on entities read elsewhere, and the audit log.
 */
export const PII_FIELDS: Record<string, Record<string, PiiKind>> = {
  Cadre: { idNumber: 'idNumber', phone: 'phone', birthDate: 'birthDate' },
};

/**
 * ROLE-2 An audit change's before/after value of a personal-data field is masked like the field
 * itself (the audit log is for subdistrict admins today; this holds if that ever widens).
 */
export const MaskAuditValue: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const value = (await next()) as string | null | undefined;
  const { entityType, field } = root as { entityType?: string; field?: string };
  const kind = entityType && field ? PII_FIELDS[entityType]?.[field] : undefined;
  return kind ? piiValue(kind, value, context.viewer) : value;
};
