import { useLocaleState, useNotify, useResourceContext, useTranslate, type Exporter, type RaRecord } from 'react-admin';
import { downloadExport } from '../excel/excelApi';
import { listQueryOf } from '../providers/listQueries';
import type { EnumName } from './enums';

export interface ExportColumn {
  /** the record field; also names the header (`resources.<resource>.fields.<source>`) */
  source: string;
  enumName?: EnumName;
  /** a reference to a unit or a cadre, exported by name */
  reference?: 'units' | 'cadres';
  boolean?: boolean;
  /** a computed value (the server computes the field of the same name) */
  value?: (record: RaRecord) => unknown;
}

/**
 * The export of a list (its Export button, and the export of a bulk selection): an .xlsx made by
 * the server from every record the list's filter matches (or the selected ones), with these columns under the
 * headers of the current language; the server writes labels instead of codes, units and cadres by
 * name, the masks of personal data the viewer sees on screen, and the "as of" line at the top.
 */
export function useCsvExporter(columns: ExportColumn[]): Exporter {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const resource = useResourceContext() ?? 'export';
  return async (records: RaRecord[], _fetchRelatedRecords, _dataProvider, exportedResource) => {
    const name = exportedResource ?? resource;
    try {
      await downloadExport(
        name,
        {
          // the list's Export: every row its filter matches, streamed by the server (not only the
          // 1,000 rows read for it); a selection: exactly the rows picked
          ...(listQueryOf(records) ?? { filter: { ids: records.map((r) => r.id) } }),
          columns: columns.map((c) => ({ source: c.source, label: translate(`resources.${name}.fields.${c.source}`, { _: c.source }) })),
          title: translate(`resources.${name}.name`, { smart_count: 2, _: name }),
        },
        locale !== 'en',
      );
    } catch (error) {
      notify('app.excel.export_failed', { type: 'error', messageArgs: { reason: (error as Error).message } });
    }
  };
}
