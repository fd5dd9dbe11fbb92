import { Chip } from '@mui/material';
import { Link, useGetOne, useRecordContext, useTranslate } from 'react-admin';

/** SEL-2 Who holds the post today (the record's `currentHolder`), linking to the cadre; "vacant" when nobody does. */
export const HolderField = (_props: { label?: string }) => {
  const record = useRecordContext<{ currentHolder?: { id: string; name?: string } | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const holder = record.currentHolder;
  if (!holder) return <Chip size="small" color="warning" label={translate('app.team.vacant')} />;
  return (
    <Link to={`/cadres/${holder.id}/show`} onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}>
      {holder.name ?? <HolderName id={holder.id} />}
    </Link>
  );
};


/** The holder's name when the row carries only the holder's id (react-admin batches these reads). */
const HolderName = ({ id }: { id: string }) => {
  const { data } = useGetOne('cadres', { id });
  return <>{data?.name ?? '…'}</>;
};
