import { SelectField, type SelectFieldProps } from 'react-admin';
import { enumChoices, type EnumName } from './enums';

/** An enum value shown with its label in the current language (`app.enum.*`). */
export function EnumField({ enumName, ...props }: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) {
  return <SelectField {...props} choices={enumChoices(enumName)} />;
}
