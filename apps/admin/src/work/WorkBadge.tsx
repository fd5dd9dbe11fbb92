import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useMyWork } from './useMyWork';

/** The app bar's "My work" button: the total count of pending work as its badge. */
export const WorkBadge = () => {
  const translate = useTranslate();
  const { items } = useMyWork();
  const total = (items ?? []).reduce((sum, item) => sum + item.count, 0);
  const label = translate('app.work.badge', { count: total });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to="/my-work" aria-label={label} data-testid="work-badge">
        <Badge color="error" badgeContent={total} max={999}>
          <AssignmentTurnedInIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
