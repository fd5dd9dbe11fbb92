import { ReferenceField, useRecordContext } from 'react-admin';
import { EnumField } from './EnumField';
import type { EnumName } from './enums';
import { RecordTitle } from './RecordTitle';

/**
 * The page title of a record about a cadre (a pay record, a log entry or check, a care event, an
 * honour): the resource, the cadre's name, then what tells the record apart (its kind or post, its
 * year, month or date) — never its id or a code.
 */
export const CadreRecordTitle = ({ enumSource, enumName, when }: { enumSource?: string; enumName?: EnumName; when: 'date' | 'month' | 'year' }) => {
  const record = useRecordContext();
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
        {record?.[when] != null ? ` · ${String(record[when])}` : null}
      </span>
    </RecordTitle>
  );
};
