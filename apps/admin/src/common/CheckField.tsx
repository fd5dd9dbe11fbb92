import { BooleanField, type BooleanFieldProps } from 'react-admin';

/** A yes/no flag in a table: a tick when set, nothing when not (a column of crosses is noise). */
export const CheckField = (props: BooleanFieldProps) => <BooleanField FalseIcon={null} {...props} />;
