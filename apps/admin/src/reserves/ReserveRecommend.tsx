import {
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  type Validator,
} from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { today } from '../common/today';
import { UnitInput } from '../common/UnitInput';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { useViewer } from '../common/useViewer';
import { textLimit } from '../common/validation';

const atMost =
  (other: string, message: string): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    typeof value === 'number' && typeof values[other] === 'number' && value > (values[other] as number) ? message : undefined;

const notInFuture: Validator = (value: unknown) => (typeof value === 'string' && value > today() ? 'app.validation.future_date' : undefined);

/** RES-3 三荐: the cadre of the unit (a unit user's own), by whom recommended; a democratic one records the vote. */
export const ReserveRecommend = () => {
  const onError = useSaveErrorHandler();
  const { allUnits, ownUnitId } = useViewer();
  return (
    <Create title="app.reserve.recommend" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ unitId: allUnits ? undefined : ownUnitId, source: 'COMMITTEE', date: today() }}>
        {/* only narrows the cadres: the candidacy belongs to the cadre's unit */}
        <UnitInput source="unitId" readOnly={!allUnits} />
        <FormDataConsumer<{ unitId?: string }>>
          {({ formData }) => (
            <ReferenceInput
              source="cadreId"
              reference="cadres"
              filter={formData.unitId ? { unitId: formData.unitId } : allUnits ? {} : { unitId: ownUnitId }}
              sort={{ field: 'name', order: 'ASC' }}
            >
              <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} />
            </ReferenceInput>
          )}
        </FormDataConsumer>
        <EnumInput source="source" enumName="recommendationSource" validate={required()} />
        <FormDataConsumer<{ source?: string }>>
          {({ formData }) =>
            formData.source === 'DEMOCRATIC' ? (
              <>
                <NumberInput source="eligible" validate={[required(), minValue(1)]} step={1} />
                <NumberInput source="present" validate={[required(), minValue(0), atMost('eligible', 'app.validation.present_over_eligible')]} step={1} />
                <NumberInput source="votesFor" validate={[required(), minValue(0), atMost('present', 'app.validation.votes_over_present')]} step={1} />
              </>
            ) : null
          }
        </FormDataConsumer>
        <DateInput source="date" validate={[required(), notInFuture]} />
        <TextInput source="note" multiline minRows={2} validate={textLimit('ReserveCandidate', 'note')} />
      </SimpleForm>
    </Create>
  );
};
