import { ageOn, isIsoDate, isoDateOf } from '@liangwei/domain';
import { useRecordContext } from 'react-admin';

/** Age in full years (周岁) today, from the birth date (the domain's `ageOn`). */
export function cadreAge(birthDate: unknown, today = isoDateOf(new Date())): number | null {
  return isIsoDate(birthDate) ? ageOn(birthDate, today) : null;
}

export const CadreAge = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const age = cadreAge(record?.birthDate);
  return age == null ? null : <span>{age}</span>;
};
