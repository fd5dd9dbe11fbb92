import { Create, Edit, maxValue, minValue, NumberInput, required, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { EnumInput } from '../common/EnumInput';
import { thisYear } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';

/** ASM-1 A new assessment year (a draft), tagged with its year of the three-year campaign (ORG-5). */
export const AssessmentYearCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      {/* the proposed year (next year) can be saved as it is */}
      <SimpleForm
        defaultValues={{ year: thisYear() + 1 }}
        toolbar={
          <Toolbar>
            <SaveButton alwaysEnable />
          </Toolbar>
        }
      >
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} step={1} />
        <EnumInput source="campaignYear" enumName="campaignYear" />
      </SimpleForm>
    </Create>
  );
};

const YearHeading = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <Typography variant="h6">{translate('app.assessment.year_title', { year: record.year })}</Typography> : null;
};

/** ORG-5 Only the campaign year of a year can change; its status changes by publishing and re-opening. */
export const AssessmentYearEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <YearHeading />
        <EnumInput source="campaignYear" enumName="campaignYear" />
      </SimpleForm>
    </Edit>
  );
};
