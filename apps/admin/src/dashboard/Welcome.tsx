import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { enumKey } from '../common/enums';
import type { Identity } from '../providers/authProvider';

/** Who is signed in, in which role, and which units they see. */
export const Welcome = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity as Identity | undefined;
  if (!me) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('app.dashboard.welcome', { name: me.fullName })}
        </Typography>
        <Typography color="text.secondary">
          {translate('app.dashboard.role', { role: translate(enumKey('role', me.role)) })}
        </Typography>
        <Typography color="text.secondary">
          {me.unitName ? translate('app.dashboard.scope_unit', { unit: me.unitName }) : translate('app.dashboard.scope_all')}
        </Typography>
      </CardContent>
    </Card>
  );
};
