import { isoDateOf } from '@liangwei/domain';
import { downloadCSV, useResourceContext, useTranslate, type Exporter, type RaRecord } from 'react-admin';
import { toCsv } from './csv';
import { enumKey, type EnumName } from './enums';

export interface ExportColumn {
  /** the record field; also names the header (`resources.<resource>.fields.<source>`) */
  source: string;
  enumName?: EnumName;
  /** a reference to a unit or a cadre, exported by name */
  reference?: 'units' | 'cadres';
  boolean?: boolean;
  /** a computed value */
  value?: (record: RaRecord) => unknown;
}

/**
 * Exports the list as CSV with the headers and enum labels of the current language, and units and
 * cadres by name rather than by id.
 */
export function useCsvExporter(columns: ExportColumn[]): Exporter {
  const translate = useTranslate();
  const resource = useResourceContext() ?? 'export';
  return async (records: RaRecord[], fetchRelatedRecords) => {
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const column of columns) {
      if (column.reference && !related[column.source]) {
        related[column.source] = (await fetchRelatedRecords(records, column.source, column.reference)) as Record<string, RaRecord>;
      }
    }
    const headers = columns.map((c) => translate(`resources.${resource}.fields.${c.source}`, { _: c.source }));
    const rows = records.map((record) =>
      columns.map((c) => {
        const raw = c.value ? c.value(record) : record[c.source];
        if (raw == null || raw === '') return '';
        if (c.reference) return related[c.source]?.[String(raw)]?.name ?? raw;
        if (c.enumName) return translate(enumKey(c.enumName, String(raw)), { _: String(raw) });
        if (c.boolean) return translate(raw ? 'ra.boolean.true' : 'ra.boolean.false');
        return raw;
      }),
    );
    const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
    downloadCSV(toCsv(headers, rows), `${name}-${isoDateOf(new Date())}`);
  };
}
