import { ReferenceInput, SelectInput, type ReferenceInputProps, type SelectInputProps } from 'react-admin';

type Props = Omit<ReferenceInputProps, 'reference' | 'source' | 'children'> & {
  source?: string;
  validate?: SelectInputProps['validate'];
  disabled?: boolean;
  helperText?: SelectInputProps['helperText'];
};

/** Choose a unit (village / community) by name. */
export function UnitInput({ source = 'unitId', validate, disabled, helperText, ...props }: Props) {
  return (
    <ReferenceInput source={source} reference="units" sort={{ field: 'name', order: 'ASC' }} perPage={1000} {...props}>
      <SelectInput optionText="name" validate={validate} disabled={disabled} helperText={helperText} />
    </ReferenceInput>
  );
}
