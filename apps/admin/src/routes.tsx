import { reactRouterProvider } from 'react-admin';
import { RankingPage } from './assessment/RankingPage';
import { ScoreGridPage } from './assessment/ScoreGridPage';
import { AwardsPage } from './awards/AwardsPage';
import { CareCalendarPage } from './care/CareCalendarPage';
import { CompliancePage } from './compliance/CompliancePage';
import { AllowanceReportPage } from './pay/AllowanceReportPage';
import { PayReportPage } from './pay/PayReportPage';
import { PolicyParametersPage } from './policy/PolicyParametersPage';
import { SuccessionGapsPage } from './succession/SuccessionGapsPage';
import { ThreeLinksPage } from './threeLinks/ThreeLinksPage';
import { TrainingStatsPage } from './training/TrainingStatsPage';
import { WarningsPage } from './warnings/WarningsPage';
import { StatisticsPage } from './statistics/StatisticsPage';
import { LrmxImportPage } from './cadres/LrmxImportPage';
import { MissingDutyReportsPage } from './dutyReports/MissingDutyReportsPage';
import { EvidencePage } from './evidence/EvidencePage';
import { RosterImportPage } from './excel/RosterImportPage';
import { MyWorkPage } from './work/MyWorkPage';

const { Route } = reactRouterProvider;

/**
 * The console's pages that are not resources: the rule queries (RES-4, RES-1, MGT-4, TRN-2; ASM-3,
 * PAY-1..5, TGT-6, the policy parameters) and the score grid of a year (ASM-1/2).
 */
export const customRoutes = [
  <Route key="roster-import" path="/roster-import" element={<RosterImportPage />} />,
  <Route key="compliance" path="/compliance" element={<CompliancePage />} />,
  <Route key="succession-gaps" path="/succession-gaps" element={<SuccessionGapsPage />} />,
  <Route key="warnings" path="/warnings" element={<WarningsPage />} />,
  <Route key="training-stats" path="/training-stats" element={<TrainingStatsPage />} />,
  <Route key="assessment-scores" path="/assessment-scores/:year" element={<ScoreGridPage />} />,
  <Route key="ranking" path="/ranking" element={<RankingPage />} />,
  <Route key="awards" path="/awards" element={<AwardsPage />} />,
  <Route key="pay-report" path="/pay-report" element={<PayReportPage />} />,
  <Route key="allowance-report" path="/allowance-report" element={<AllowanceReportPage />} />,
  <Route key="care-calendar" path="/care-calendar" element={<CareCalendarPage />} />,
  <Route key="three-links" path="/three-links" element={<ThreeLinksPage />} />,
  <Route key="team-statistics" path="/team-statistics" element={<StatisticsPage />} />,
  <Route key="my-work" path="/my-work" element={<MyWorkPage />} />,
  <Route key="policy-parameters" path="/policy-parameters" element={<PolicyParametersPage />} />,
  <Route key="lrmx-import" path="/lrmx-import" element={<LrmxImportPage />} />,
  <Route key="missing-duty-reports" path="/missingDutyReports" element={<MissingDutyReportsPage />} />,
  <Route key="evidence" path="/evidence/:cadreId/:year" element={<EvidencePage />} />,
];
