import { ageOn, isIsoDate, isoDateOf } from '@liangwei/domain';
import { useRecordContext, type RaRecord } from 'react-admin';

/** Age in full years (周岁) today, from the birth date (the domain's `ageOn`). */
export function cadreAge(birthDate: unknown, today = isoDateOf(new Date())): number | null {
  return isIsoDate(birthDate) ? ageOn(birthDate, today) : null;
}

/**
 * A cadre record's age: the server's `age` when the record has it — a role without PII rights
 * gets the birth date as year-month only (ROLE-2), the age stays exact — else from the birth date.
 */
export function recordAge(record: Partial<RaRecord> | undefined): number | null {
  return typeof record?.age === 'number' ? record.age : cadreAge(record?.birthDate);
}

export const CadreAge = (_props: { source?: string; label?: string }) => {
  const age = recordAge(useRecordContext());
  return age == null ? null : <span>{age}</span>;
};
