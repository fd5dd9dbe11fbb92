import { useFieldValue, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** A value before or after a change; an empty one says so. */
export const ChangeValue = ({ source }: { source: string; label?: string }) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value == null || value === '') {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('app.audit.empty_value')}
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2" sx={{ wordBreak: 'break-all' }}>
      {String(value)}
    </Typography>
  );
};
