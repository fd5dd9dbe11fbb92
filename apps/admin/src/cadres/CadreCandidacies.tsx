import { Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { EnumChip } from '../common/EnumChip';
import { EnumField } from '../common/EnumField';
import { noWrapDates } from '../common/tableStyles';
import { DateText } from '../common/DateText';

const None = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.cadre.no_candidacies')}
    </Typography>
  );
};

/** RES-3 The cadre's reserve candidacies (a rejected or withdrawn one stays in the history). */
export const CadreCandidacies = () => (
  <ReferenceManyField reference="reserveCandidates" target="cadreId" sort={{ field: 'recommendedOn', order: 'DESC' }} perPage={20} empty={<None />}>
    <DataTable sx={noWrapDates} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="source" disableSort>
        <EnumField source="source" enumName="recommendationSource" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <EnumChip source="status" enumName="reserveStatus" />
      </DataTable.Col>
      <DataTable.Col source="recommendedOn" disableSort field={DateText} />
      <DataTable.Col source="inPoolFrom" disableSort field={DateText} />
      <DataTable.Col source="leftPoolOn" disableSort field={DateText} />
    </DataTable>
  </ReferenceManyField>
);
