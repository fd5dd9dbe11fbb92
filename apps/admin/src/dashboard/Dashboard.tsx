import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AllowanceUncheckedCount } from './AllowanceUncheckedCount';
import { AssessmentResult } from './AssessmentResult';
import { CadreCount } from './CadreCount';
import { CareDueCount } from './CareDueCount';
import { MissingDutyReportsCount } from '../dutyReports/MissingDutyReportsCount';
import { ComplianceCount } from './ComplianceCount';
import { CurrentAppointmentCount } from './CurrentAppointmentCount';
import { PayBelowFloorCount } from './PayBelowFloorCount';
import { PendingExitCount } from './PendingExitCount';
import { ReservePipeline } from './ReservePipeline';
import { SuccessionGapCount } from './SuccessionGapCount';
import { TargetAwardCount } from './TargetAwardCount';
import { UnitCount } from './UnitCount';
import { UntrainedCount } from './UntrainedCount';
import { WarningCount } from './WarningCount';
import { OverdueRectificationCount } from '../inspections';
import { Welcome } from './Welcome';
import { TeamStatisticsCard } from '../statistics/TeamStatisticsCard';
import { PlansAwaitingApprovalCount } from '../plans/PlansAwaitingApprovalCount';

/** The home page: who you are, and the counts of what you see (the server scopes them). */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      <Welcome />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <UnitCount />
        <CadreCount />
        <CurrentAppointmentCount />
        <TeamStatisticsCard />
      </Box>
      <ReservePipeline />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <ComplianceCount />
        <SuccessionGapCount />
        <PendingExitCount />
        <WarningCount />
        <UntrainedCount />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <AssessmentResult />
        <TargetAwardCount />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <PayBelowFloorCount />
        <AllowanceUncheckedCount />
        <CareDueCount />
        <OverdueRectificationCount />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <PlansAwaitingApprovalCount />
        <MissingDutyReportsCount />
      </Box>
    </Box>
  );
};
