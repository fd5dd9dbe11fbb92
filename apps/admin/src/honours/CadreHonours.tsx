import { canAccess } from '@liangwei/domain';
import AddIcon from '@mui/icons-material/Add';
import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { useViewer } from '../common/useViewer';
import { DateText } from '../common/DateText';

const NoHonours = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.cadre.no_honours')}
    </Typography>
  );
};

/** PAY-6 A cadre's honours and recommendations; an admin adds one (the form opens with the cadre chosen). */
export const CadreHonours = (_props: { label?: string }) => {
  const cadre = useRecordContext();
  const { viewer } = useViewer();
  if (!cadre) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <ReferenceManyField reference="honours" target="cadreId" sort={{ field: 'date', order: 'DESC' }} perPage={100} empty={<NoHonours />}>
        <DataTable bulkActionButtons={false} rowClick={canAccess(viewer, 'edit', 'honours') ? 'edit' : false}>
          <DataTable.Col source="date" field={DateText} />
          <DataTable.Col source="kind">
            <EnumChip source="kind" enumName="honourKind" />
          </DataTable.Col>
          <DataTable.Col source="description" field={TextField} />
        </DataTable>
      </ReferenceManyField>
      {canAccess(viewer, 'create', 'honours', String(cadre.unitId)) && (
        <Box sx={{ mt: 1 }}>
          <CreateButton
            resource="honours"
            label="app.cadre.add_honour"
            icon={<AddIcon />}
            to={{ pathname: '/honours/create', search: `?source=${encodeURIComponent(JSON.stringify({ cadreId: cadre.id }))}` }}
          />
        </Box>
      )}
    </Box>
  );
};
