import { canAccess } from '@liangwei/domain';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { AutocompleteArrayInput, FormDataConsumer, ReferenceArrayInput, required, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import type { ActionResult } from '../common/useApiAction';
import { UnitInput } from '../common/UnitInput';
import { useViewer } from '../common/useViewer';

/** TRN-1 The subdistrict enrols cadres in a session (admins); their units then confirm attendance. */
export const AddParticipants = () => {
  const session = useRecordContext();
  const { viewer } = useViewer();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!session || !canAccess(viewer, 'create', 'trainingParticipations')) return null;
  const submit = async (values: Record<string, unknown>): Promise<ActionResult> => {
    const cadreIds = (values.cadreIds as string[] | undefined) ?? [];
    let added = 0;
    try {
      for (const cadreId of cadreIds) {
        await dataProvider.create('trainingParticipations', { data: { sessionId: session.id, cadreId } });
        added += 1;
      }
      notify('app.training.participants_added', { type: 'success', messageArgs: { smart_count: added } });
      return { ok: true, data: null };
    } catch (error) {
      const reason = translate((error as Error)?.message ?? '', { _: (error as Error)?.message ?? '' });
      notify('app.error.action_failed', { type: 'error', messageArgs: { reason } });
      return { ok: false, errors: {} };
    } finally {
      refresh();
    }
  };
  return (
    <ActionDialog label="app.training.add_participants" icon={<GroupAddIcon />} variant="contained" submitLabel="ra.action.add" onSubmit={submit}>
      <UnitInput source="unitId" label="resources.trainingParticipations.fields.unitId" helperText="app.training.unit_narrows" />
      <FormDataConsumer<{ unitId?: string }>>
        {({ formData }) => (
          <ReferenceArrayInput source="cadreIds" reference="cadres" filter={formData.unitId ? { unitId: formData.unitId } : {}} sort={{ field: 'name', order: 'ASC' }} perPage={50}>
            <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} validate={required()} label="app.training.cadres" />
          </ReferenceArrayInput>
        )}
      </FormDataConsumer>
    </ActionDialog>
  );
};
