import { DataTable, DateInput, List, SearchInput, TextField } from 'react-admin';
import { CheckField } from '../common/CheckField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { recordAge } from './CadreAge';
import { CurrentPostField, CurrentPostsProvider } from '../team/CurrentPosts';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

export const CadreList = () => {
  const { allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'unitId', reference: 'units' },
    { source: 'name' },
    { source: 'gender', enumName: 'gender' },
    { source: 'birthDate' },
    { source: 'age', value: (r) => recordAge(r) },
    { source: 'ethnicity' },
    { source: 'education', enumName: 'education' },
    { source: 'politicalStatus', enumName: 'politicalStatus' },
    { source: 'phone' },
    { source: 'idNumber' },
    { source: 'isCollegeGraduateOfficial', boolean: true },
    { source: 'note' },
  ]);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="gender" source="gender" enumName="gender" />,
    <EnumInput key="education" source="education" enumName="education" />,
    <EnumInput key="politicalStatus" source="politicalStatus" enumName="politicalStatus" />,
    <DateInput key="birthDate_gte" source="birthDate_gte" />,
    <DateInput key="birthDate_lte" source="birthDate_lte" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <CurrentPostsProvider>
        <DataTable rowClick="show" bulkActionButtons={<ExportSelectedButton />}>
          <DataTable.Col source="name" />
          <DataTable.Col source="unitId">
            <UnitField />
          </DataTable.Col>
          <DataTable.Col label="app.team.current_post" disableSort>
            <CurrentPostField />
          </DataTable.Col>
          <DataTable.Col source="gender">
            <EnumField source="gender" enumName="gender" />
          </DataTable.Col>
          {/* the age is computed from the birth date: sorting by it sorts by birth date, youngest first */}
          <DataTable.Col
            source="birthDate"
            label="resources.cadres.fields.age"
            sortByOrder="DESC"
            align="right"
            render={(record) => recordAge(record)}
          />
          <DataTable.Col source="education">
            <EnumField source="education" enumName="education" />
          </DataTable.Col>
          <DataTable.Col source="politicalStatus" disableSort>
            <EnumField source="politicalStatus" enumName="politicalStatus" />
          </DataTable.Col>
          <DataTable.Col source="phone" field={TextField} disableSort />
          <DataTable.Col source="isCollegeGraduateOfficial" field={CheckField} disableSort />
        </DataTable>
      </CurrentPostsProvider>
    </List>
  );
};
