import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useCanAccess } from 'react-admin';

/** The menu entry of the roster import: for those who may import (the admin and unit users, not the analyst). */
export const RosterImportMenuItem = () => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'importRuns' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/roster-import" primaryText="app.menu.roster_import" leftIcon={<UploadFileIcon />} />;
};
