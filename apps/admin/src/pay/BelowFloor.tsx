import FlagIcon from '@mui/icons-material/Flag';
import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** PAY-1 A red flag on pay below its post's floor; "—" while the floor is unknown (the year's income not entered). */
export const BelowFloor = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.belowFloor == null)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.pay.floor_unknown')}
      </Typography>
    );
  return record.belowFloor ? (
    <Chip size="small" color="error" icon={<FlagIcon />} label={translate('app.pay.below_floor')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('app.pay.at_or_above_floor')} />
  );
};

/** A row of pay below its floor is tinted red. */
export const belowFloorSx = (record: Record<string, unknown>) => (record.belowFloor === true ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {});
