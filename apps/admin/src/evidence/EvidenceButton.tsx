import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button, Link, useRecordContext } from 'react-admin';
import { thisYear } from '../common/today';
import { evidencePath } from './EvidencePage';

/** TGT-5 From a cadre (its page, a line of the three links) to the cadre's evidence of a year (default: this year). */
export const EvidenceButton = ({ cadreId, year }: { cadreId?: string; year?: number }) => {
  const record = useRecordContext();
  const id = cadreId ?? (record?.id != null ? String(record.id) : null);
  if (!id) return null;
  return (
    <Button component={Link} to={evidencePath(id, year ?? thisYear())} label="app.evidence.of_cadre">
      <FactCheckIcon />
    </Button>
  );
};
