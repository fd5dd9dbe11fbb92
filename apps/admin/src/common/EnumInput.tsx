import { SelectInput, type SelectInputProps } from 'react-admin';
import { enumChoices, type EnumName } from './enums';

/** A select of an enum's values, labelled in the current language (`app.enum.*`). */
export function EnumInput({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectInput {...props} choices={enumChoices(enumName)} />;
}
