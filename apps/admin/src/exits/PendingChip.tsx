import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** MGT-3 An exit dated ahead is pending until its effective date. */
export const PendingChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.effective === false ? (
    <Chip size="small" color="warning" label={translate('app.exit.pending')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('app.exit.effective')} />
  );
};
