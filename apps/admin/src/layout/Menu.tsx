import GroupsIcon from '@mui/icons-material/Groups';
import InsightsIcon from '@mui/icons-material/Insights';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useCanAccess } from 'react-admin';

/** A page of the console that is not a resource (a rule query), shown when its source may be listed. */
const PageItem = ({ to, resource, label, icon }: { to: string; resource: string; label: string; icon: ReactElement }) => {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  if (!canAccess) return null;
  return <RaMenu.Item to={to} primaryText={label} leftIcon={icon} />;
};

/**
 * The menu: the base data, then each rule's lists and pages beside the records they are about
 * (the reserve pipeline with the team composition and the gaps of 一职一备, exits with warnings,
 * training with its statistics), then the admin's users and audit log. Resource items hide
 * themselves when the role may not list them.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItem name="units" />
    <RaMenu.ResourceItem name="cadres" />
    <RaMenu.ResourceItem name="posts" />
    <RaMenu.ResourceItem name="appointments" />
    <RaMenu.ResourceItem name="secretarySelections" />
    <RaMenu.ResourceItem name="reserveCandidates" />
    <PageItem to="/compliance" resource="reserveCompliance" label="app.menu.compliance" icon={<GroupsIcon />} />
    <PageItem to="/succession-gaps" resource="successionGaps" label="app.menu.succession_gaps" icon={<LinkOffIcon />} />
    <RaMenu.ResourceItem name="successionPairs" />
    <RaMenu.ResourceItem name="successionProposals" />
    <RaMenu.ResourceItem name="exitRecords" />
    <PageItem to="/warnings" resource="cadreWarnings" label="app.menu.warnings" icon={<WarningAmberIcon />} />
    <RaMenu.ResourceItem name="trainingSessions" />
    <PageItem to="/training-stats" resource="trainingHours" label="app.menu.training_stats" icon={<InsightsIcon />} />
    <RaMenu.ResourceItem name="users" />
    <RaMenu.ResourceItem name="auditEntries" />
  </RaMenu>
);
