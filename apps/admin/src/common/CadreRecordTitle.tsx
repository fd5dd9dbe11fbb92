import { ReferenceField, useRecordContext } from 'react-admin';
import { EnumField } from './EnumField';
import type { EnumName } from './enums';
import { RecordTitle } from './RecordTitle';
import { useDateFormat } from './DateText';

/**
 * The page title of a record about a cadre (a pay record, a log entry or check, a care event, an
 * honour): the resource, the cadre's name, then what tells the record apart (its kind or post, its
 * year, month or date) — never its id or a code.
 */
export const CadreRecordTitle = ({ enumSource, enumName, when }: { enumSource?: string; enumName?: EnumName; when: 'date' | 'month' | 'year' }) => {
  const record = useRecordContext();
  const format = useDateFormat();
  const value = record?.[when];
  return (
    <RecordTitle>
      <span>
        <ReferenceField source="cadreId" reference="cadres" link={false} />
        {enumSource && enumName && record?.[enumSource] ? (
          <>
            {' · '}
            <EnumField source={enumSource} enumName={enumName} />
          </>
        ) : null}
        {value != null ? ` · ${when === 'year' ? String(value) : format.date(String(value))}` : null}
      </span>
    </RecordTitle>
  );
};
