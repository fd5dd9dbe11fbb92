import { canAccess, type Viewer } from '@liangwei/domain';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { RecordName, named } from './common/RecordName';
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
      <Resource key="units" name="units" {...named(units)} />,
      <Resource key="cadres" name="cadres" {...named(cadres)} />,
      <Resource key="posts" name="posts" {...named(posts)} />,
      <Resource key="appointments" name="appointments" {...named(appointments)} />,
      <Resource key="secretarySelections" name="secretarySelections" {...named(selections)} />,
      <Resource key="reserveCandidates" name="reserveCandidates" {...named(reserves)} />,
      <Resource key="reserveSteps" name="reserveSteps" recordRepresentation={<RecordName />} />,
      <Resource key="reserveAssignments" name="reserveAssignments" {...named(reserveAssignments)} />,
      <Resource key="successionPairs" name="successionPairs" {...named(successionPairs)} />,
      <Resource key="successionProposals" name="successionProposals" {...named(successionProposals)} />,
      <Resource key="exitRecords" name="exitRecords" {...named(exits)} />,
      <Resource key="trainingSessions" name="trainingSessions" {...named(training)} />,
      <Resource key="trainingParticipations" name="trainingParticipations" recordRepresentation={<RecordName />} />,
      <Resource key="assessmentYears" name="assessmentYears" {...named(assessmentYears)} />,
      <Resource key="assessmentIndicators" name="assessmentIndicators" recordRepresentation={<RecordName />} />,
      <Resource key="assessmentScores" name="assessmentScores" recordRepresentation={<RecordName />} />,
      <Resource key="consequences" name="consequences" {...named(consequences)} />,
      <Resource key="payRecords" name="payRecords" {...named(payRecords)} />,
      <Resource key="dutyLogEntries" name="dutyLogEntries" {...named(dutyLogEntries)} />,
      <Resource key="dutyLogChecks" name="dutyLogChecks" {...named(dutyLogChecks)} />,
      <Resource key="careEvents" name="careEvents" {...named(careEvents)} />,
      <Resource key="honours" name="honours" {...named(honours)} />,
      <Resource key="cadreResumeLines" name="cadreResumeLines" {...named(cadreResumeLines)} />,
      <Resource key="cadreFamilyMembers" name="cadreFamilyMembers" {...named(cadreFamilyMembers)} />,
      <Resource key="disciplineCases" name="disciplineCases" {...named(discipline)} />,
      <Resource key="inspectionRounds" name="inspectionRounds" {...named(inspectionRounds)} />,
      <Resource key="inspectionFindings" name="inspectionFindings" {...named(inspectionFindings)} />,
      <Resource key="inspectionNotices" name="inspectionNotices" {...named(inspectionNotices)} />,
      <Resource key="rectificationReports" name="rectificationReports" recordRepresentation={<RecordName />} />,
      <Resource key="dutyTemplates" name="dutyTemplates" {...named(dutyTemplates)} />,
      <Resource key="postDuties" name="postDuties" {...named(postDuties)} />,
      <Resource key="termTargets" name="termTargets" {...named(termTargets)} />,
      <Resource key="annualPlans" name="annualPlans" {...named(annualPlans)} />,
      <Resource key="planItems" name="planItems" {...named(planItems)} />,
      <Resource key="planProgressUpdates" name="planProgressUpdates" {...named(planProgressUpdates)} />,
      <Resource key="dutyReports" name="dutyReports" {...named(dutyReports)} />,
      <CustomRoutes key="routes">{customRoutes}</CustomRoutes>,
      ...(canAccess(permissions, 'list', 'users') ? [<Resource key="users" name="users" {...named(users)} />] : []),
      ...(canAccess(permissions, 'list', 'auditEntries') ? [<Resource key="auditEntries" name="auditEntries" {...named(audit)} />] : []),
    ]}
  </Admin>
);
