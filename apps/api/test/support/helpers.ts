import type { GqlResult, TestApi } from './api';
import { makeIdNumber } from '@liangwei/domain';
import { filterType } from './matrix-kit';

/** Small query helpers shared by the e2e suites. */

/** The `extensions.fields` of the first error (the offending input paths of a BAD_USER_INPUT). */
export function fieldsOf(result: GqlResult): string[] {
  return result.errors?.[0]?.extensions?.fields ?? [];
}

/** How many rows `_all<plural>Meta` counts for the viewer, optionally filtered. */
export async function countOf(api: TestApi, token: string, plural: string, filter: Record<string, unknown> = {}): Promise<number> {
  const data = await api.ok<Record<string, { count: number }>>(`query($f: ${filterType(plural)}) { _all${plural}Meta(filter: $f) { count } }`, { f: filter }, token);
  return data[`_all${plural}Meta`]!.count;
}


/** The number of audit entries (read as the admin: a query writes nothing). */
export function auditCount(api: TestApi, admin: string): Promise<number> {
  return countOf(api, admin, 'AuditEntries');
}

export interface AuditRow {
  id: string;
  username: string;
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  changes: { entityType: string; entityId: string; operation: string; field: string; before: string | null; after: string | null }[];
}

export const AUDIT_FIELDS = 'id username userId action entityType entityId unitId changes { entityType entityId operation field before after }';

/** Every audit entry (at most 1000: the page cap). */
export async function auditEntries(api: TestApi, admin: string, filter: Record<string, unknown> = {}): Promise<AuditRow[]> {
  const data = await api.ok<{ allAuditEntries: AuditRow[] }>(`query($f: AuditEntryFilter) { allAuditEntries(perPage: 1000, filter: $f) { ${AUDIT_FIELDS} } }`, { f: filter }, admin);
  return data.allAuditEntries;
}

/**
 * Runs `action` and returns the audit entries it added (by id, not by timestamp order, so that
 * entries written within the same millisecond cannot be confused).
 */
export async function newAuditEntries(api: TestApi, admin: string, action: () => Promise<unknown>): Promise<AuditRow[]> {
  const before = new Set((await auditEntries(api, admin)).map((e) => e.id));
  await action();
  return (await auditEntries(api, admin)).filter((e) => !before.has(e.id));
}

let idSequence = 0;

/** A valid citizen ID number (GB 11643) for a birth date and gender: 17th digit odd for men, even for women. */
export function idNumberFor(birthDate: string, gender: 'MALE' | 'FEMALE'): string {
  idSequence += 1;
  return makeIdNumber('420606', birthDate, ((idSequence % 100) * 10 + (gender === 'MALE' ? 3 : 4)) % 1000);
}
