import PrintIcon from '@mui/icons-material/Print';
import { Button, useRecordContext } from 'react-admin';
import { withToken } from '../cadres/CadreFormButtons';

/** 一村一档: the unit's dossier as a Word document. */
export const DossierButton = () => {
  const unit = useRecordContext();
  if (!unit) return null;
  return (
    <Button component="a" href={withToken(`/documents/unit-dossier/${encodeURIComponent(String(unit.id))}.docx`)} target="_blank" rel="noopener" label="app.cadre_form.print_dossier">
      <PrintIcon />
    </Button>
  );
};
