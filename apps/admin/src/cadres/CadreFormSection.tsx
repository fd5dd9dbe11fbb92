import { canAccess } from '@liangwei/domain';
import AddIcon from '@mui/icons-material/Add';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, DataTable, FunctionField, Labeled, ReferenceManyField, TextField, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useViewer } from '../common/useViewer';

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};

const month = (value: unknown) => (typeof value === 'string' && value ? value.replace('-', '.') : '');

const AddButton = ({ resource, label }: { resource: string; label: string }) => {
  const cadre = useRecordContext();
  const { viewer } = useViewer();
  if (!cadre || !canAccess(viewer, 'create', resource, String(cadre.unitId))) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <CreateButton resource={resource} label={label} icon={<AddIcon />} to={{ pathname: `/${resource}/create`, search: `?source=${encodeURIComponent(JSON.stringify({ cadreId: cadre.id }))}` }} />
    </Box>
  );
};

const Period = () => {
  const translate = useTranslate();
  return <FunctionField render={(r: RaRecord) => `${month(r.fromMonth)} — ${r.toMonth ? month(r.toMonth) : translate('app.cadre_form.to_this_day')}`} />;
};

/** The appointment form's fields of the cadre, the resume and the family, with their editors. */
export const CadreFormSection = (_props: { label?: string }): ReactNode => {
  const cadre = useRecordContext();
  const { viewer } = useViewer();
  if (!cadre) return null;
  const editable = (resource: string) => (canAccess(viewer, 'edit', resource, String(cadre.unitId)) ? 'edit' : false);
  return (
    <Box sx={{ width: '100%', display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        {['nativePlace', 'birthplace', 'healthStatus', 'technicalTitle', 'specialty', 'fullTimeEducation', 'fullTimeDegree', 'fullTimeSchool', 'inServiceEducation', 'inServiceDegree', 'inServiceSchool'].map((source) => (
          <Labeled key={source} source={source} resource="cadres">
            <TextField source={source} emptyText="—" />
          </Labeled>
        ))}
        <Labeled source="partyEntryDate" resource="cadres">
          <FunctionField render={(r: RaRecord) => month(r.partyEntryDate) || '—'} />
        </Labeled>
        <Labeled source="workStartDate" resource="cadres">
          <FunctionField render={(r: RaRecord) => month(r.workStartDate) || '—'} />
        </Labeled>
      </Box>
      <Labeled source="rewardsAndPunishments" resource="cadres" fullWidth>
        <TextField source="rewardsAndPunishments" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Labeled label="app.cadre_form.resume" fullWidth>
        <Box>
          <ReferenceManyField reference="cadreResumeLines" target="cadreId" sort={{ field: 'position', order: 'ASC' }} perPage={100} empty={<Empty message="app.cadre_form.no_resume" />}>
            <DataTable bulkActionButtons={false} rowClick={editable('cadreResumeLines')}>
              <DataTable.Col source="position" />
              <DataTable.Col source="fromMonth" field={Period} disableSort />
              <DataTable.Col source="content" field={TextField} />
            </DataTable>
          </ReferenceManyField>
          <AddButton resource="cadreResumeLines" label="app.cadre_form.add_resume_line" />
        </Box>
      </Labeled>
      <Labeled label="app.cadre_form.family" fullWidth>
        <Box>
          <ReferenceManyField reference="cadreFamilyMembers" target="cadreId" sort={{ field: 'position', order: 'ASC' }} perPage={100} empty={<Empty message="app.cadre_form.no_family" />}>
            <DataTable bulkActionButtons={false} rowClick={editable('cadreFamilyMembers')}>
              <DataTable.Col source="relation" />
              <DataTable.Col source="name" />
              <DataTable.Col source="birthMonth">
                <FunctionField render={(r: RaRecord) => month(r.birthMonth)} />
              </DataTable.Col>
              <DataTable.Col source="politicalStatus" />
              <DataTable.Col source="workUnitAndPost" />
            </DataTable>
          </ReferenceManyField>
          <AddButton resource="cadreFamilyMembers" label="app.cadre_form.add_family_member" />
        </Box>
      </Labeled>
    </Box>
  );
};
