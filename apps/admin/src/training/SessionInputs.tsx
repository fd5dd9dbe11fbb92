import { DateInput, maxValue, minValue, NumberInput, required, TextInput, type Validator } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { textLimit } from '../common/validation';

const notBeforeStart: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value !== '' && typeof values.startDate === 'string' && value < values.startDate ? 'app.validation.end_before_start' : undefined;

/** TRN-1 A training session or study trip: title, kind, dates, place, hours, organiser, outcome. */
export const SessionInputs = () => (
  <>
    <TextInput source="title" validate={[required(), ...textLimit('TrainingSession', 'title')]} fullWidth />
    <EnumInput source="kind" enumName="trainingKind" validate={required()} />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={notBeforeStart} helperText="app.training.end_help" />
    <TextInput source="place" validate={textLimit('TrainingSession', 'place')} />
    <NumberInput source="hours" validate={[required(), minValue(0.5), maxValue(1000)]} step={0.5} />
    <TextInput source="organiser" validate={textLimit('TrainingSession', 'organiser')} />
    <TextInput source="outcome" multiline minRows={2} validate={textLimit('TrainingSession', 'outcome')} fullWidth />
  </>
);
