import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../common/enums';
import { useDateFormat } from '../common/DateText';

/** How an exit reads: the cadre, the kind and the effective date. */
export const ExitLabel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useDateFormat();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="cadreId" reference="cadres" link={false} /> · {translate(enumKey('exitKind', String(record.kind)), { _: String(record.kind) })} ·{' '}
      {format.date(record.effectiveDate)}
    </span>
  );
};
