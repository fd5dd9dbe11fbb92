import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { displayNameOf } from './userNames';

/** A username as the person's display name (`system` as the system's own label). */
export const UserName = ({ username }: { username: string | null | undefined }) => {
  const translate = useTranslate();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setName(null);
    if (username) void displayNameOf(username).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [username]);
  if (!username) return null;
  if (username === 'system') return <>{translate('app.users.system')}</>;
  return <>{name ?? ''}</>;
};

/** A record's username field (confirmedBy, checkedBy, decidedBy …) shown as the person's display name. */
export const UserNameField = (props: FieldProps & { source: string }) => {
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      <UserName username={value} />
    </Typography>
  );
};
