import { ReferenceField, type ReferenceFieldProps } from 'react-admin';

/** The unit (village / community) of a record, by name, linked to it. */
export function UnitField(props: Omit<ReferenceFieldProps, 'reference' | 'source'> & { source?: string }) {
  return <ReferenceField source="unitId" reference="units" link="show" {...props} />;
}
