import { canAccess } from '@liangwei/domain';
import { DataTable, List, NumberInput, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { UnitField } from '../common/UnitField';
import { UnitInput } from '../common/UnitInput';
import { useCsvExporter } from '../common/useCsvExporter';
import { useViewer } from '../common/useViewer';
import { YuanField } from '../common/Yuan';
import { BelowFloor, belowFloorSx } from './BelowFloor';
import { ExportSelectedButton } from '../excel/ExportSelectedButton';

/** PAY-1 Pay records (entered by the subdistrict), each against its post's floor. */
export const PayRecordList = () => {
  const { viewer, allUnits } = useViewer();
  const exporter = useCsvExporter([
    { source: 'year' },
    { source: 'unitId', reference: 'units' },
    { source: 'cadreId', reference: 'cadres' },
    { source: 'title', enumName: 'postTitle' },
    { source: 'amount' },
    { source: 'floor' },
    { source: 'belowFloor', boolean: true },
    { source: 'shortfall' },
    { source: 'note' },
  ]);
  const filters = [
    <NumberInput key="year" source="year" alwaysOn step={1} />,
    ...(allUnits ? [<UnitInput key="unitId" source="unitId" alwaysOn />] : []),
    <EnumInput key="title" source="title" enumName="postTitle" />,
  ];
  return (
    <List filters={filters} perPage={25} sort={{ field: 'year', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick={canAccess(viewer, 'edit', 'payRecords') ? 'edit' : false} bulkActionButtons={<ExportSelectedButton />} rowSx={belowFloorSx}>
        <DataTable.Col source="year" />
        <DataTable.Col source="cadreId">
          <ReferenceField source="cadreId" reference="cadres" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <UnitField link={false} />
        </DataTable.Col>
        <DataTable.Col source="title">
          <EnumField source="title" enumName="postTitle" />
        </DataTable.Col>
        <DataTable.Col source="amount" align="right">
          <YuanField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="floor" disableSort align="right">
          <YuanField source="floor" />
        </DataTable.Col>
        <DataTable.Col source="belowFloor" disableSort>
          <BelowFloor />
        </DataTable.Col>
        <DataTable.Col source="shortfall" disableSort align="right">
          <YuanField source="shortfall" hideZero color="#c62828" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort field={TextField} />
      </DataTable>
    </List>
  );
};
