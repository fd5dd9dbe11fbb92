import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import GroupsIcon from '@mui/icons-material/Groups';
import InsightsIcon from '@mui/icons-material/Insights';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import LinkIcon from '@mui/icons-material/Link';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import TuneIcon from '@mui/icons-material/Tune';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Divider, ListSubheader } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useCanAccess, useSidebarState, useTranslate } from 'react-admin';
import { LrmxImportMenuItem } from '../cadres/LrmxImportPage';
import { RosterImportMenuItem } from '../excel/RosterImportMenuItem';

/** A page of the console that is not a resource (a rule query), shown when its source may be listed. */
const PageItem = ({ to, resource, label, icon }: { to: string; resource: string; label: string; icon: ReactElement }) => {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  if (!canAccess) return null;
  return <RaMenu.Item to={to} primaryText={label} leftIcon={icon} />;
};

/** The heading of a group of items; a divider while the sidebar is folded. */
const Section = ({ label }: { label: string }) => {
  const [open] = useSidebarState();
  const translate = useTranslate();
  if (!open) return <Divider sx={{ my: 0.5 }} />;
  return (
    <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1, fontWeight: 600 }}>
      {translate(label)}
    </ListSubheader>
  );
};

/**
 * The menu: the base data, then each rule's lists and pages beside the records they are about
 * (the reserve pipeline with the team composition and the gaps of 一职一备, exits with warnings,
 * training with its statistics); the assessment (years, ranking, consequences, awards, the three
 * links); pay and care (pay, allowance, duty logs, the care calendar, honours); then the settings:
 * policy parameters, users and the audit log. Items hide themselves when the role may not list them.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.Item to="/my-work" primaryText="app.menu.my_work" leftIcon={<AssignmentTurnedInIcon />} />
    <RaMenu.ResourceItem name="units" />
    <RaMenu.ResourceItem name="cadres" />
    <LrmxImportMenuItem />
    <RaMenu.ResourceItem name="posts" />
    <RaMenu.ResourceItem name="appointments" />
    <RosterImportMenuItem />
    <RaMenu.ResourceItem name="secretarySelections" />
    <RaMenu.ResourceItem name="reserveCandidates" />
    <PageItem to="/team-statistics" resource="cadres" label="app.menu.team_statistics" icon={<InsightsIcon />} />
    <PageItem to="/compliance" resource="reserveCompliance" label="app.menu.compliance" icon={<GroupsIcon />} />
    <PageItem to="/succession-gaps" resource="successionGaps" label="app.menu.succession_gaps" icon={<LinkOffIcon />} />
    <RaMenu.ResourceItem name="successionPairs" />
    <RaMenu.ResourceItem name="successionProposals" />
    <RaMenu.ResourceItem name="exitRecords" />
    <RaMenu.ResourceItem name="disciplineCases" />
    <PageItem to="/warnings" resource="cadreWarnings" label="app.menu.warnings" icon={<WarningAmberIcon />} />
    <RaMenu.ResourceItem name="trainingSessions" />
    <PageItem to="/training-stats" resource="trainingHours" label="app.menu.training_stats" icon={<InsightsIcon />} />
    <Section label="app.menu.section_assessment" />
    <RaMenu.ResourceItem name="assessmentYears" />
    <PageItem to="/ranking" resource="assessmentRanking" label="app.menu.ranking" icon={<LeaderboardIcon />} />
    <RaMenu.ResourceItem name="consequences" />
    <PageItem to="/awards" resource="targetAwards" label="app.menu.awards" icon={<EmojiEventsIcon />} />
    <PageItem to="/three-links" resource="threeLinks" label="app.menu.three_links" icon={<LinkIcon />} />
    <Section label="app.plans.menu_section" />
    <RaMenu.ResourceItem name="annualPlans" />
    <RaMenu.ResourceItem name="planItems" />
    <RaMenu.ResourceItem name="termTargets" />
    <RaMenu.ResourceItem name="postDuties" />
    <RaMenu.ResourceItem name="dutyTemplates" />
    <RaMenu.ResourceItem name="dutyReports" />
    <PageItem to="/missingDutyReports" resource="dutyReports" label="app.duty_reports.menu_missing" icon={<AssignmentLateIcon />} />
    <Section label="app.menu.section_pay_care" />
    <RaMenu.ResourceItem name="payRecords" />
    <PageItem to="/pay-report" resource="payReport" label="app.menu.pay_report" icon={<PriceCheckIcon />} />
    <PageItem to="/allowance-report" resource="allowanceReport" label="app.menu.allowance_report" icon={<AccountBalanceWalletIcon />} />
    <RaMenu.ResourceItem name="dutyLogEntries" />
    <RaMenu.ResourceItem name="dutyLogChecks" />
    <PageItem to="/care-calendar" resource="careDue" label="app.menu.care_calendar" icon={<EventRepeatIcon />} />
    <RaMenu.ResourceItem name="careEvents" />
    <RaMenu.ResourceItem name="honours" />
    <RaMenu.ResourceItem name="inspectionRounds" />
    <RaMenu.ResourceItem name="inspectionFindings" />
    <RaMenu.ResourceItem name="inspectionNotices" />
    <Section label="app.menu.section_settings" />
    <PageItem to="/policy-parameters" resource="policyParameters" label="app.menu.policy_parameters" icon={<TuneIcon />} />
    <RaMenu.ResourceItem name="users" />
    <RaMenu.ResourceItem name="auditEntries" />
  </RaMenu>
);
