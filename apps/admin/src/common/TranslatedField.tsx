import { useFieldValue, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** A text value shown through a message prefix (`<prefix>.<value>`), or as is when there is no message. */
export function TranslatedField({ source, prefix }: { source: string; prefix: string; label?: string }) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value == null || value === '') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: String(value) })}
    </Typography>
  );
}
