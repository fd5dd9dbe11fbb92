import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { criteria, criteriaMet } from './criteria';

/** SEL-3 双强双好 at a glance: how many of the four criteria are met. */
export const CriteriaMet = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const met = criteriaMet(record);
  return (
    <Chip
      size="small"
      color={met === criteria.length ? 'success' : 'warning'}
      variant={met === criteria.length ? 'outlined' : 'filled'}
      label={translate('app.selection.criteria_met', { met, total: criteria.length })}
    />
  );
};
