import { BulkExportButton, type BulkExportButtonProps } from 'react-admin';

/**
 * The bulk action of a list with an exporter: exports exactly the rows selected, through the
 * list's own exporter (`useCsvExporter`: the same columns, headers, labels and masks as its Export
 * button; the server's .xlsx of those ids).
 */
export const ExportSelectedButton = (props: BulkExportButtonProps) => <BulkExportButton label="app.excel.export_selected" {...props} />;
