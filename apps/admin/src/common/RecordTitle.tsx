import type { ReactElement } from 'react';
import { Box } from '@mui/material';
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
    // a field inside the title (a ReferenceField's text) takes the title's font
    <Box component="span" sx={{ '& .MuiTypography-root': { font: 'inherit' } }}>
      {getResourceLabel(resource, 1)} {children}
    </Box>
  );
};
