import { Typography } from '@mui/material';
import { regex, TextInput, useTranslate } from 'react-admin';
import { textLimit } from '../common/validation';

/** YYYY-MM: the form's months (入党时间, 参加工作时间, resume lines, family members' births) */
export const yearMonth = regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'app.cadre_form.month_format');

const line = (source: string) => (
  <TextInput key={source} source={source} validate={textLimit('Cadre', source as 'nativePlace')} sx={{ minWidth: 260 }} />
);

/** The appointment form's fields of a cadre (干部任免审批表), a section of the cadre's form. */
export const CadreFormInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.cadre_form.title')}
      </Typography>
      {['nativePlace', 'birthplace'].map(line)}
      <TextInput source="partyEntryDate" helperText="app.cadre_form.month_hint" validate={[yearMonth, ...textLimit('Cadre', 'partyEntryDate')]} />
      <TextInput source="workStartDate" helperText="app.cadre_form.month_hint" validate={[yearMonth, ...textLimit('Cadre', 'workStartDate')]} />
      {['healthStatus', 'technicalTitle', 'specialty', 'fullTimeEducation', 'fullTimeDegree', 'fullTimeSchool', 'inServiceEducation', 'inServiceDegree', 'inServiceSchool'].map(line)}
      <TextInput source="rewardsAndPunishments" multiline minRows={2} fullWidth validate={textLimit('Cadre', 'rewardsAndPunishments')} />
    </>
  );
};
