import { canAccess } from '@liangwei/domain';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Typography } from '@mui/material';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { enumKey } from '../common/enums';
import { today } from '../common/today';
import { useApiAction } from '../common/useApiAction';
import { useViewer } from '../common/useViewer';
import { notInFuture, textLimit } from '../common/validation';
import { CREATE_CARE_EVENT } from '../providers/operations';
import { LeaderInputs } from './LeaderInputs';

/** PAY-5 An admin records, from the care calendar, the visit or exam a line asks for. */
export const RecordCareButton = (_props: { label?: string }) => {
  const record = useRecordContext();
  const { viewer } = useViewer();
  const translate = useTranslate();
  const run = useApiAction();
  if (!record || !canAccess(viewer, 'create', 'careEvents', String(record.unitId))) return null;
  const kind = record.kind as 'HOME_VISIT' | 'PHYSICAL_EXAM';
  return (
    <ActionDialog
      label="app.care.record"
      title="app.care.record_title"
      titleArgs={{ kind: translate(enumKey('careKind', kind)), name: record.name }}
      icon={<EventAvailableIcon />}
      color="primary"
      defaultValues={{ kind, date: today(), ledById: null, ledByName: '', note: '' }}
      intro={<Typography variant="body2">{translate('app.care.record_intro', { unit: (record.unit as { name?: string })?.name ?? '' })}</Typography>}
      onSubmit={(values) =>
        run(
          CREATE_CARE_EVENT,
          {
            cadreId: String(record.cadreId),
            kind,
            date: String(values.date),
            ledById: kind === 'HOME_VISIT' ? ((values.ledById as string) || null) : null,
            ledByName: kind === 'HOME_VISIT' ? String(values.ledByName ?? '').trim() || null : null,
            note: String(values.note ?? '').trim() || null,
          },
          'app.care.recorded',
        )
      }
    >
      <DateInput source="date" label="resources.careEvents.fields.date" validate={[required(), notInFuture]} />
      {kind === 'HOME_VISIT' && <LeaderInputs />}
      <TextInput source="note" label="resources.careEvents.fields.note" validate={textLimit('CareEvent', 'note')} multiline minRows={2} fullWidth />
    </ActionDialog>
  );
};
