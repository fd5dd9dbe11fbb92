import { DataTable, ReferenceField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { UnitField } from '../common/UnitField';
import { DateText } from '../common/DateText';

/** SEL-2 The columns of an appointment after its cadre: unit, post, dates, method, status on today's date. */
export const AppointmentColumns = () => (
  <>
    <DataTable.Col source="unitId">
      <UnitField />
    </DataTable.Col>
    <DataTable.Col source="postId">
      <ReferenceField source="postId" reference="posts" link={false} />
    </DataTable.Col>
    <DataTable.Col source="startDate" field={DateText} />
    <DataTable.Col source="endDate" field={DateText} />
    <DataTable.Col source="selectionMethod">
      <EnumField source="selectionMethod" enumName="selectionMethod" />
    </DataTable.Col>
    <DataTable.Col source="status" disableSort>
      <EnumField source="status" enumName="appointmentStatus" />
    </DataTable.Col>
  </>
);
