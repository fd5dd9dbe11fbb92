import type { ReactElement } from 'react';
import { useGetResourceLabel, useRecordContext, useResourceContext } from 'react-admin';

/**
 * The page title of a record whose representation is a component (a cadre's name by reference,
 * a post's title in the current language): react-admin's default title only takes text.
 */
export const RecordTitle = ({ children }: { children: ReactElement }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const getResourceLabel = useGetResourceLabel();
  if (!record || !resource) return null;
  return (
    <span>
      {getResourceLabel(resource, 1)} {children}
    </span>
  );
};
