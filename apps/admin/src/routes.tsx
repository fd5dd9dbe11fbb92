import { reactRouterProvider } from 'react-admin';
import { CompliancePage } from './compliance/CompliancePage';
import { SuccessionGapsPage } from './succession/SuccessionGapsPage';
import { TrainingStatsPage } from './training/TrainingStatsPage';
import { WarningsPage } from './warnings/WarningsPage';

const { Route } = reactRouterProvider;

/** The console's pages that are not resources: the rule queries (RES-4, RES-1, MGT-4, TRN-2). */
export const customRoutes = [
  <Route key="compliance" path="/compliance" element={<CompliancePage />} />,
  <Route key="succession-gaps" path="/succession-gaps" element={<SuccessionGapsPage />} />,
  <Route key="warnings" path="/warnings" element={<WarningsPage />} />,
  <Route key="training-stats" path="/training-stats" element={<TrainingStatsPage />} />,
];
