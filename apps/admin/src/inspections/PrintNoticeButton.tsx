import PrintIcon from '@mui/icons-material/Print';
import { Button, useRecordContext } from 'react-admin';

/** INS-1 Downloads the notice as a Word document (the printable `inspection-notice`). */
export const PrintNoticeButton = () => {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return (
    <Button component="a" href={`/documents/inspection-notice/${record.id}.docx`} label="app.inspection.print_docx" onClick={(e) => e.stopPropagation()}>
      <PrintIcon />
    </Button>
  );
};
