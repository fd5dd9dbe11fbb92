import { canAccess, type Viewer } from '@liangwei/domain';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import appointments from './appointments';
import assessmentYears from './assessment';
import audit from './audit';
import careEvents from './care';
import dutyReports from './dutyReports';
import cadres from './cadres';
import consequences from './consequences';
import discipline from './discipline';
import { dutyLogChecks, dutyLogEntries } from './dutyLogs';
import exits from './exits';
import { Dashboard } from './dashboard/Dashboard';
import honours from './honours';
import { inspectionFindings, inspectionNotices, inspectionRounds } from './inspections';
import { i18nProvider } from './i18n/i18nProvider';
import { AppTitle, Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import payRecords from './pay';
import posts from './posts';
import reserves, { reserveAssignments } from './reserves';
import { customRoutes } from './routes';
import selections from './selections';
import { successionPairs, successionProposals } from './succession';
import training from './training';
import { createAuthProvider } from './providers/authProvider';
import { dataProvider, resetDataProvider } from './providers/dataProvider';
import units from './units';
import { annualPlans, dutyTemplates, planItems, planProgressUpdates, postDuties, termTargets } from './plans';
import users from './users';
import { cadreFamilyMembers, cadreResumeLines } from './cadres/formResources';

const authProvider = createAuthProvider({ onLogout: resetDataProvider });

/**
 * The console. Resources are named as in the domain's access rule; the auth provider's
 * `canAccess` asks that rule, so react-admin hides what a role may not use (ROLE-1..3). Users and
 * the audit log are not even declared for roles that may not list them. The rule queries
 * (compliance, succession gaps, warnings, training statistics, the assessment ranking, awards,
 * pay and allowance reports, the care calendar, the three links, the policy parameters) are pages
 * of their own (`routes.tsx`) over read-only list resources of the data provider
 * (`providers/ruleQueries.ts`); so is the score grid of a year.
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    layout={Layout}
    title={<AppTitle />}
    theme={theme}
  >
    {(permissions: Viewer | null) => [
      <Resource key="units" name="units" {...units} />,
      <Resource key="cadres" name="cadres" {...cadres} />,
      <Resource key="posts" name="posts" {...posts} />,
      <Resource key="appointments" name="appointments" {...appointments} />,
      <Resource key="secretarySelections" name="secretarySelections" {...selections} />,
      <Resource key="reserveCandidates" name="reserveCandidates" {...reserves} />,
      <Resource key="reserveSteps" name="reserveSteps" />,
      <Resource key="reserveAssignments" name="reserveAssignments" {...reserveAssignments} />,
      <Resource key="successionPairs" name="successionPairs" {...successionPairs} />,
      <Resource key="successionProposals" name="successionProposals" {...successionProposals} />,
      <Resource key="exitRecords" name="exitRecords" {...exits} />,
      <Resource key="trainingSessions" name="trainingSessions" {...training} />,
      <Resource key="trainingParticipations" name="trainingParticipations" />,
      <Resource key="assessmentYears" name="assessmentYears" {...assessmentYears} />,
      <Resource key="assessmentIndicators" name="assessmentIndicators" />,
      <Resource key="assessmentScores" name="assessmentScores" />,
      <Resource key="consequences" name="consequences" {...consequences} />,
      <Resource key="payRecords" name="payRecords" {...payRecords} />,
      <Resource key="dutyLogEntries" name="dutyLogEntries" {...dutyLogEntries} />,
      <Resource key="dutyLogChecks" name="dutyLogChecks" {...dutyLogChecks} />,
      <Resource key="careEvents" name="careEvents" {...careEvents} />,
      <Resource key="honours" name="honours" {...honours} />,
      <Resource key="cadreResumeLines" name="cadreResumeLines" {...cadreResumeLines} />,
      <Resource key="cadreFamilyMembers" name="cadreFamilyMembers" {...cadreFamilyMembers} />,
      <Resource key="disciplineCases" name="disciplineCases" {...discipline} />,
      <Resource key="inspectionRounds" name="inspectionRounds" {...inspectionRounds} />,
      <Resource key="inspectionFindings" name="inspectionFindings" {...inspectionFindings} />,
      <Resource key="inspectionNotices" name="inspectionNotices" {...inspectionNotices} />,
      <Resource key="rectificationReports" name="rectificationReports" />,
      <Resource key="dutyTemplates" name="dutyTemplates" {...dutyTemplates} />,
      <Resource key="postDuties" name="postDuties" {...postDuties} />,
      <Resource key="termTargets" name="termTargets" {...termTargets} />,
      <Resource key="annualPlans" name="annualPlans" {...annualPlans} />,
      <Resource key="planItems" name="planItems" {...planItems} />,
      <Resource key="planProgressUpdates" name="planProgressUpdates" {...planProgressUpdates} />,
      <Resource key="dutyReports" name="dutyReports" {...dutyReports} />,
      <CustomRoutes key="routes">{customRoutes}</CustomRoutes>,
      ...(canAccess(permissions, 'list', 'users') ? [<Resource key="users" name="users" {...users} />] : []),
      ...(canAccess(permissions, 'list', 'auditEntries') ? [<Resource key="auditEntries" name="auditEntries" {...audit} />] : []),
    ]}
  </Admin>
);
