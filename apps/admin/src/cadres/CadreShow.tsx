import {
  BooleanField,
  DataTable,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  EditButton,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { EnumField } from '../common/EnumField';
import { CadreHonours } from '../honours/CadreHonours';
import { ThreeLinksButton } from '../threeLinks/ThreeLinksButton';
import { EvidenceButton } from '../evidence/EvidenceButton';
import { UnitField } from '../common/UnitField';
import { AppointmentColumns } from '../appointments/AppointmentColumns';
import { CadreAge } from './CadreAge';
import { CadreCandidacies } from './CadreCandidacies';
import { CadreExit, ExitButton } from './CadreExit';
import { AppointCadreButton } from '../team/AppointCadreButton';
import { CadreFormButtons } from './CadreFormButtons';
import { CadreFormSection } from './CadreFormSection';
import { DateText } from '../common/DateText';

const Actions = () => (
  <TopToolbar>
    <AppointCadreButton />
    <CadreFormButtons />
    <ThreeLinksButton />
    <EvidenceButton />
    <ExitButton />
    <EditButton />
  </TopToolbar>
);

const NoAppointments = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.cadre.no_appointments')}
    </Typography>
  );
};

export const CadreShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <UnitField source="unitId" />
      <EnumField source="gender" enumName="gender" />
      <DateText source="birthDate" />
      <CadreAge label="resources.cadres.fields.age" />
      <TextField source="ethnicity" />
      <EnumField source="education" enumName="education" />
      <EnumField source="politicalStatus" enumName="politicalStatus" />
      <TextField source="phone" />
      <TextField source="idNumber" />
      <BooleanField source="isCollegeGraduateOfficial" />
      <TextField source="note" />
      <Labeled label="app.cadre_form.title" fullWidth>
        <CadreFormSection />
      </Labeled>
      <Labeled label="app.cadre.appointments" fullWidth>
        <ReferenceManyField
          reference="appointments"
          target="cadreId"
          sort={{ field: 'startDate', order: 'DESC' }}
          perPage={50}
          empty={<NoAppointments />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <AppointmentColumns />
          </DataTable>
        </ReferenceManyField>
      </Labeled>
      <Labeled label="app.cadre.exit" fullWidth>
        <CadreExit />
      </Labeled>
      <Labeled label="app.cadre.candidacies" fullWidth>
        <CadreCandidacies />
      </Labeled>
      <Labeled label="app.cadre.honours" fullWidth>
        <CadreHonours />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
