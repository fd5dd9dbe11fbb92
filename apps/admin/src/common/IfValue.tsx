import type { ReactElement } from 'react';
import { Labeled, useFieldValue } from 'react-admin';

/**
 * A labelled field shown only when the record has a value for it (e.g. what an exit of one kind
 * records and another does not). In a SimpleShowLayout: `label={false}` stops the layout from
 * adding a second label.
 */
export function IfValue({ source, children }: { source: string; label?: false; children: ReactElement }) {
  const value = useFieldValue({ source });
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return <Labeled source={source}>{children}</Labeled>;
}
