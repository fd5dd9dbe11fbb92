import { TextInput, type TextInputProps } from 'react-admin';

/** A month `YYYY-MM` (the browser's month picker); the label stays above the empty picker. */
export const MonthInput = (props: TextInputProps) => <TextInput type="month" helperText={false} slotProps={{ inputLabel: { shrink: true } }} {...props} />;
