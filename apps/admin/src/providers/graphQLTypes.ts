/**
 * react-admin resource names (those of the domain's access rule) → GraphQL type names. The API
 * follows ra-data-graphql-simple's convention per type: `allCadres`, `Cadre`, `createCadre`, ...
 */
export const graphQLTypeOf = {
  units: 'Unit',
  posts: 'Post',
  cadres: 'Cadre',
  appointments: 'Appointment',
  users: 'User',
  auditEntries: 'AuditEntry',
  reserveCandidates: 'ReserveCandidate',
  reserveSteps: 'ReserveStepRecord',
  reserveAssignments: 'ReserveAssignment',
  successionPairs: 'SuccessionPair',
  successionProposals: 'SuccessionProposal',
  exitRecords: 'ExitRecord',
  secretarySelections: 'SecretarySelection',
  trainingSessions: 'TrainingSession',
  trainingParticipations: 'TrainingParticipation',
  assessmentYears: 'AssessmentYear',
  assessmentIndicators: 'AssessmentIndicator',
  assessmentScores: 'AssessmentScore',
  consequences: 'Consequence',
  payRecords: 'PayRecord',
  dutyLogEntries: 'DutyLogEntry',
  dutyLogChecks: 'DutyLogCheck',
  careEvents: 'CareEvent',
  honours: 'Honour',
  dutyReports: 'DutyReport',
} as const;
