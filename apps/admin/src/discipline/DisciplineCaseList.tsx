import { Chip, Stack } from '@mui/material';
import { AutocompleteInput, BooleanInput, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SearchInput, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { canAccess } from '@liangwei/domain';
import { EnumChip } from '../common/EnumChip';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';
import { noWrapDates } from '../common/tableStyles';
import { DisciplineSteps } from './DisciplineSteps';
import { DateText, useDateFormat } from '../common/DateText';

/** MGT-1 the rectification's deadline, marked when it has passed without an accepted answer */
export const Deadline = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useDateFormat();
  if (!record?.rectificationDeadline) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span style={{ whiteSpace: 'nowrap' }}>{format.date(String(record.rectificationDeadline))}</span>
      {record.overdue ? <Chip size="small" color="error" label={translate('app.discipline.overdue')} /> : null}
    </Stack>
  );
};

const Actions = () => {
  const { viewer } = useViewer();
  return (
    <TopToolbar>
      {canAccess(viewer, 'create', 'disciplineCases') && viewer?.role === 'SUBDISTRICT_ADMIN' ? <CreateButton /> : null}
    </TopToolbar>
  );
};

/** MGT-1 Discipline cases: the subdistrict's, or a unit's own; open cases first by default, with the steps the viewer may take. */
export const DisciplineCaseList = () => {
  const { allUnits } = useViewer();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <EnumInput key="status" source="status" enumName="disciplineStatus" alwaysOn />,
    <BooleanInput key="open" source="open" />,
    <EnumInput key="level" source="level" enumName="disciplineLevel" />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" />] : []),
    <ReferenceInput key="cadreId" source="cadreId" reference="cadres">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
  ];
  return (
    <List filters={filters} sort={{ field: 'openedOn', order: 'DESC' }} actions={<Actions />} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="show" sx={noWrapDates}>
        {allUnits ? (
          <DataTable.Col source="unitId">
            <UnitField />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link="show" />
        </DataTable.Col>
        <DataTable.Col source="openedOn" field={DateText} />
        <DataTable.Col source="facts" disableSort>
          <TextField source="facts" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 360 }} />
        </DataTable.Col>
        <DataTable.Col source="level">
          <EnumChip source="level" enumName="disciplineLevel" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumChip source="status" enumName="disciplineStatus" />
        </DataTable.Col>
        <DataTable.Col source="rectificationDeadline">
          <Deadline />
        </DataTable.Col>
        <DataTable.Col label="app.discipline.next_step" disableSort>
          <DisciplineSteps />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
