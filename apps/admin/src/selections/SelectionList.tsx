import { BooleanInput, DataTable, List, ReferenceField } from 'react-admin';
import { AppointmentLabel } from '../appointments/AppointmentLabel';
import { CheckField } from '../common/CheckField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { CriteriaMet } from './CriteriaMet';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

/** SEL-3..5 How each unit's Party secretary was selected: source, method, 双强双好. */
export const SelectionList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'sourceCategory', enumName: 'sourceCategory' },
    { source: 'method', enumName: 'selectionMethod' },
    { source: 'developmentAbility', enumName: 'judgement' },
    { source: 'stabilityAbility', enumName: 'judgement' },
    { source: 'servesPeople', enumName: 'judgement' },
    { source: 'buildsOrganisation', enumName: 'judgement' },
    { source: 'dispatched', boolean: true },
    { source: 'dispatchedFrom' },
    { source: 'noLocalCandidateReason' },
    { source: 'note' },
  ]);
  const filters = [
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="sourceCategory" source="sourceCategory" enumName="sourceCategory" alwaysOn />,
    <EnumInput key="method" source="method" enumName="selectionMethod" />,
    <BooleanInput key="dispatched" source="dispatched" />,
  ];
  return (
    <List filters={filters} perPage={25} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
        <DataTable.Col source="unitId" disableSort>
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="appointmentId" disableSort>
          <ReferenceField source="appointmentId" reference="appointments" link={false}>
            <AppointmentLabel />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="sourceCategory" disableSort>
          <EnumField source="sourceCategory" enumName="sourceCategory" />
        </DataTable.Col>
        <DataTable.Col source="method" disableSort>
          <EnumField source="method" enumName="selectionMethod" />
        </DataTable.Col>
        <DataTable.Col label="app.selection.double_strong" disableSort>
          <CriteriaMet />
        </DataTable.Col>
        <DataTable.Col source="dispatched" field={CheckField} disableSort />
      </DataTable>
    </List>
  );
};
