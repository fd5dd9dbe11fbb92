import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, TopToolbar, useListContext, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadExport } from './excelApi';

/**
 * Downloads the list or report on screen as .xlsx from the server: every row the filter matches
 * (streamed, not only the page shown), the same masks as on screen, the filters named at the top.
 * With rows selected, only those.
 */
export const ExcelExportButton = ({ name, title }: { name?: string; title?: string }) => {
  const { resource, filterValues, sort, selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const filter = selectedIds && selectedIds.length > 0 ? { ...filterValues, ids: selectedIds } : filterValues;
      await downloadExport(name ?? resource, { filter, sortField: sort?.field, sortOrder: sort?.order, title: title ? translate(title) : undefined }, locale !== 'en');
    } catch (error) {
      notify('app.excel.export_failed', { type: 'error', messageArgs: { reason: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="app.excel.export" onClick={onClick} disabled={busy} startIcon={<DownloadIcon />} />;
};

/** The actions bar of a report page: its Excel export. */
export const ExcelReportActions = ({ name, title }: { name?: string; title?: string }) => (
  <TopToolbar>
    <ExcelExportButton name={name} title={title} />
  </TopToolbar>
);
