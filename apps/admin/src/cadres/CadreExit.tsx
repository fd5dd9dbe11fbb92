import { canAccess } from '@liangwei/domain';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { Box, Typography } from '@mui/material';
import { CreateButton, Labeled, Link, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { useViewer } from '../common/useViewer';
import { PendingChip } from '../exits/PendingChip';
import { DateText } from '../common/DateText';

/** MGT-3 An admin records the exit of a cadre who has none (the form opens with the cadre chosen). */
export const ExitButton = () => {
  const cadre = useRecordContext();
  const { viewer } = useViewer();
  if (!cadre || cadre.exit || !canAccess(viewer, 'create', 'exitRecords', String(cadre.unitId))) return null;
  return (
    <CreateButton
      resource="exitRecords"
      label="app.exit.record"
      icon={<ExitToAppIcon />}
      to={{ pathname: '/exitRecords/create', search: `?source=${encodeURIComponent(JSON.stringify({ cadreId: cadre.id }))}` }}
    />
  );
};

const ExitLink = () => {
  const exit = useRecordContext();
  const translate = useTranslate();
  if (!exit) return null;
  return <Link to={`/exitRecords/${exit.id}/show`}>{translate('ra.action.show')}</Link>;
};

/** MGT-3 The cadre's exit, if any: kind, effective date (pending until then), reason. */
export const CadreExit = (_props: { label?: string }) => {
  const cadre = useRecordContext();
  const translate = useTranslate();
  if (!cadre) return null;
  if (!cadre.exit) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.cadre.no_exit')}
      </Typography>
    );
  }
  return (
    <ReferenceField source="exit.id" reference="exitRecords" link={false}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'flex-start' }}>
        <Labeled source="kind" resource="exitRecords">
          <EnumChip source="kind" enumName="exitKind" />
        </Labeled>
        <Labeled source="effectiveDate" resource="exitRecords">
          <DateText source="effectiveDate" />
        </Labeled>
        <Labeled source="effective" resource="exitRecords">
          <PendingChip />
        </Labeled>
        <Labeled source="reason" resource="exitRecords">
          <TextField source="reason" />
        </Labeled>
        <Labeled label="app.exit.details">
          <ExitLink />
        </Labeled>
      </Box>
    </ReferenceField>
  );
};
