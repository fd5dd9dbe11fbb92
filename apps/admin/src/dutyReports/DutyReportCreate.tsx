import { Create, Edit, SimpleForm, useLocale } from 'react-admin';
import { lastEndedHalf } from '@liangwei/domain';
import { today } from '../common/today';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { DutyReportInputs } from './DutyReportInputs';
import { validateDutyReport } from './validation';

const useValidate = () => {
  const locale = useLocale();
  return (values: Record<string, unknown>) => validateDutyReport(values, locale.startsWith('zh') ? 'zh' : 'en');
};

/** TGT-3 a new report; by default for the half year that ended last (its cadre may come in the URL, from the missing list). */
export const DutyReportCreate = () => {
  const onError = useSaveErrorHandler();
  const validate = useValidate();
  const { year, half } = lastEndedHalf(today());
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ year, half }} validate={validate}>
        <DutyReportInputs />
      </SimpleForm>
    </Create>
  );
};

export const DutyReportEdit = () => {
  const onError = useSaveErrorHandler();
  const validate = useValidate();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm validate={validate}>
        <DutyReportInputs edit />
      </SimpleForm>
    </Edit>
  );
};
