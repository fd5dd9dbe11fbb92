import type {
  AllowanceReason,
  CareKind,
  ExitKind,
  LogCheckOutcome,
  RecommendationSource,
  ReserveStatus,
  ReserveStep,
  SelectionMethod,
  UnitKind,
  WarningKind,
} from '@liangwei/domain';
import { gql, type TypedDocument } from './graphqlRequest';

/**
 * The API's custom mutations and rule queries that the console calls (apps/api/schema.graphql).
 * Resources (allXs, createX, updateX) go through ra-data-graphql-simple instead.
 */

type Id = string;
type IsoDate = string;

// ---- RES-3 the reserve pipeline (三荐二议一审查) -------------------------------------------

const CANDIDATE = 'id version status unitId cadreId';

export interface CandidateResult {
  id: Id;
  version: number;
  status: ReserveStatus;
  unitId: Id;
  cadreId: Id;
}

export interface RecommendReserveVariables {
  cadreId: Id;
  source: RecommendationSource;
  eligible?: number | null;
  present?: number | null;
  votesFor?: number | null;
  date?: IsoDate | null;
  note?: string | null;
}

export const RECOMMEND_RESERVE = gql<{ recommendReserve: CandidateResult }, RecommendReserveVariables>(`
  mutation recommendReserve($cadreId: ID!, $source: RecommendationSource!, $eligible: Int, $present: Int, $votesFor: Int, $date: Date, $note: String) {
    recommendReserve(cadreId: $cadreId, source: $source, eligible: $eligible, present: $present, votesFor: $votesFor, date: $date, note: $note) { ${CANDIDATE} }
  }
`);

export interface StepVariables {
  id: Id;
  approve: boolean;
  date?: IsoDate | null;
  note?: string | null;
}

export const PROPOSE_RESERVE = gql<{ proposeReserve: CandidateResult }, StepVariables>(`
  mutation proposeReserve($id: ID!, $approve: Boolean, $date: Date, $note: String) {
    proposeReserve(id: $id, approve: $approve, date: $date, note: $note) { ${CANDIDATE} }
  }
`);

/** the two committees' review records minutes (会议记录), sent as `minutes` */
export const COMMITTEE_REVIEW_RESERVE = gql<{ committeeReviewReserve: CandidateResult }, StepVariables>(`
  mutation committeeReviewReserve($id: ID!, $approve: Boolean!, $date: Date, $note: String) {
    committeeReviewReserve(id: $id, approve: $approve, date: $date, minutes: $note) { ${CANDIDATE} }
  }
`);

export const SUBDISTRICT_REVIEW_RESERVE = gql<{ subdistrictReviewReserve: CandidateResult }, StepVariables>(`
  mutation subdistrictReviewReserve($id: ID!, $approve: Boolean!, $date: Date, $note: String) {
    subdistrictReviewReserve(id: $id, approve: $approve, date: $date, note: $note) { ${CANDIDATE} }
  }
`);

/** RES-3 The mutation of each step a viewer may take (`ReserveCandidate.nextSteps`). */
export const STEP_MUTATIONS: Record<ReserveStep, TypedDocument<Record<string, CandidateResult>, StepVariables>> = {
  PROPOSE: PROPOSE_RESERVE,
  COMMITTEE_REVIEW: COMMITTEE_REVIEW_RESERVE,
  SUBDISTRICT_REVIEW: SUBDISTRICT_REVIEW_RESERVE,
};

// ---- RES-1/2 succession -------------------------------------------------------------------

export const CREATE_SUCCESSION_PAIR = gql<{ createSuccessionPair: { id: Id } }, { postId: Id; reserveCandidateId: Id; pairedOn?: IsoDate | null }>(`
  mutation createSuccessionPair($postId: ID!, $reserveCandidateId: ID!, $pairedOn: Date) {
    createSuccessionPair(postId: $postId, reserveCandidateId: $reserveCandidateId, pairedOn: $pairedOn) { id }
  }
`);

export const RELEASE_SUCCESSION_PAIR = gql<{ releaseSuccessionPair: { id: Id } }, { id: Id; releasedOn?: IsoDate | null }>(`
  mutation releaseSuccessionPair($id: ID!, $releasedOn: Date) {
    releaseSuccessionPair(id: $id, releasedOn: $releasedOn) { id releasedOn }
  }
`);

export const APPOINT_SUCCESSOR = gql<
  { appointSuccessor: { id: Id } },
  { proposalId: Id; startDate?: IsoDate | null; selectionMethod?: SelectionMethod | null }
>(`
  mutation appointSuccessor($proposalId: ID!, $startDate: Date, $selectionMethod: SelectionMethod) {
    appointSuccessor(proposalId: $proposalId, startDate: $startDate, selectionMethod: $selectionMethod) { id }
  }
`);

export const DECLINE_SUCCESSION = gql<{ declineSuccession: { id: Id } }, { proposalId: Id; reason: string }>(`
  mutation declineSuccession($proposalId: ID!, $reason: String!) {
    declineSuccession(proposalId: $proposalId, reason: $reason) { id status }
  }
`);

// ---- MGT-3 exits --------------------------------------------------------------------------

export interface ExitCadreVariables {
  cadreId: Id;
  kind: ExitKind;
  effectiveDate: IsoDate;
  reason: string;
  basis?: string | null;
  approvedBy?: string | null;
  approvedOn?: IsoDate | null;
  submittedOn?: IsoDate | null;
  decisionNumber?: string | null;
  registeredVoters?: number | null;
  votesCast?: number | null;
  votesFor?: number | null;
  consequenceId?: Id | null;
}

export const EXIT_CADRE = gql<{ exitCadre: { id: Id; cadreId: Id; unitId: Id; kind: ExitKind; effectiveDate: IsoDate } }, ExitCadreVariables>(`
  mutation exitCadre($cadreId: ID!, $kind: ExitKind!, $effectiveDate: Date!, $reason: String!, $basis: String, $approvedBy: String, $approvedOn: Date,
    $submittedOn: Date, $decisionNumber: String, $registeredVoters: Int, $votesCast: Int, $votesFor: Int, $consequenceId: ID) {
    exitCadre(cadreId: $cadreId, kind: $kind, effectiveDate: $effectiveDate, reason: $reason, basis: $basis, approvedBy: $approvedBy, approvedOn: $approvedOn,
      submittedOn: $submittedOn, decisionNumber: $decisionNumber, registeredVoters: $registeredVoters, votesCast: $votesCast, votesFor: $votesFor,
      consequenceId: $consequenceId) { id cadreId unitId kind effectiveDate }
  }
`);

// ---- rule queries -------------------------------------------------------------------------

/** The paging of a rule query: zero-based `page`, `perPage` 1..1000 (the API's default 1000). */
export interface PageVariables {
  page?: number | null;
  perPage?: number | null;
}

/** `_<name>Meta`: how many rows the rule query has with the same filters. */
export interface ListMetadata {
  count: number;
}

const PAGE_ARGS = '$page: Int, $perPage: Int';
const PAGE = 'page: $page, perPage: $perPage';

export interface UnitRef {
  id: Id;
  name: string;
  kind: UnitKind;
}

export interface ComplianceRowData {
  unit: UnitRef;
  asOf: IsoDate;
  compliant: boolean;
  teamSize: number;
  aged45OrUnder: number;
  aged35OrUnder: number;
  femaleReserves: number;
  shortfalls: { kind: string; required: number; actual: number; textZh: string; textEn: string }[];
}

/** RES-4 */
export const RESERVE_COMPLIANCE = gql<
  { reserveCompliance: ComplianceRowData[]; _reserveComplianceMeta: ListMetadata },
  PageVariables & { asOf?: IsoDate | null; kind?: UnitKind | null; compliant?: boolean | null }
>(`
  query reserveCompliance(${PAGE_ARGS}, $asOf: Date, $kind: UnitKind, $compliant: Boolean) {
    reserveCompliance(${PAGE}, asOf: $asOf, kind: $kind, compliant: $compliant) {
      unit { id name kind } asOf compliant teamSize aged45OrUnder aged35OrUnder femaleReserves
      shortfalls { kind required actual textZh textEn }
    }
    _reserveComplianceMeta(asOf: $asOf, kind: $kind, compliant: $compliant) { count }
  }
`);

export interface GapPost {
  id: Id;
  name: string;
  title: string;
  unitId: Id;
  isMainLeader: boolean;
  unit: UnitRef;
  currentHolder?: { id: Id; name: string } | null;
}

/** RES-1 */
export const SUCCESSION_GAPS = gql<{ successionGaps: GapPost[]; _successionGapsMeta: ListMetadata }, PageVariables & { asOf?: IsoDate | null; unitId?: Id | null }>(`
  query successionGaps(${PAGE_ARGS}, $asOf: Date, $unitId: ID) {
    successionGaps(${PAGE}, asOf: $asOf, unitId: $unitId) { id name title unitId isMainLeader unit { id name kind } currentHolder(asOf: $asOf) { id name } }
    _successionGapsMeta(asOf: $asOf, unitId: $unitId) { count }
  }
`);

export interface CadreRef {
  id: Id;
  name: string;
  unitId: Id;
  unit: UnitRef;
}

const CADRE_REF = 'id name unitId unit { id name kind }';

/** MGT-4 */
export const CADRE_WARNINGS = gql<
  { cadreWarnings: { cadre: CadreRef; kind: WarningKind; since: IsoDate; detail: string }[]; _cadreWarningsMeta: ListMetadata },
  PageVariables & { asOf?: IsoDate | null; unitId?: Id | null }
>(`
  query cadreWarnings(${PAGE_ARGS}, $asOf: Date, $unitId: ID) {
    cadreWarnings(${PAGE}, asOf: $asOf, unitId: $unitId) { cadre { ${CADRE_REF} } kind since detail }
    _cadreWarningsMeta(asOf: $asOf, unitId: $unitId) { count }
  }
`);

/** TRN-2 */
export const TRAINING_HOURS = gql<
  { trainingHours: { cadre: CadreRef; hours: number; sessions: number }[]; _trainingHoursMeta: ListMetadata },
  PageVariables & { year: number; unitId?: Id | null }
>(`
  query trainingHours(${PAGE_ARGS}, $year: Int!, $unitId: ID) {
    trainingHours(${PAGE}, year: $year, unitId: $unitId) { cadre { ${CADRE_REF} } hours sessions }
    _trainingHoursMeta(year: $year, unitId: $unitId) { count }
  }
`);

/** TRN-2 */
export const UNTRAINED_CADRES = gql<
  { untrainedCadres: (CadreRef & { gender: string; birthDate: IsoDate })[]; _untrainedCadresMeta: ListMetadata },
  PageVariables & { year: number; unitId?: Id | null }
>(`
  query untrainedCadres(${PAGE_ARGS}, $year: Int!, $unitId: ID) {
    untrainedCadres(${PAGE}, year: $year, unitId: $unitId) { ${CADRE_REF} gender birthDate }
    _untrainedCadresMeta(year: $year, unitId: $unitId) { count }
  }
`);

// ---- ASM-1/2/5 the thousand-point assessment ---------------------------------------------

export const COPY_ASSESSMENT_CATALOGUE = gql<{ copyAssessmentCatalogue: { id: Id }[] }, { fromYear: number; toYear: number }>(`
  mutation copyAssessmentCatalogue($fromYear: Int!, $toYear: Int!) {
    copyAssessmentCatalogue(fromYear: $fromYear, toYear: $toYear) { id }
  }
`);

export interface ScoreInput {
  indicatorId: Id;
  points: number;
  note?: string | null;
}

/** ASM-1/2 one unit's row of the score grid, all cells or none (BAD_USER_INPUT on `scores.<i>.<field>`) */
export const SET_ASSESSMENT_SCORES = gql<
  { setAssessmentScores: { id: Id; indicatorId: Id; points: number; note: string | null }[] },
  { unitId: Id; year: number; scores: ScoreInput[] }
>(`
  mutation setAssessmentScores($unitId: ID!, $year: Int!, $scores: [ScoreInput!]!) {
    setAssessmentScores(unitId: $unitId, year: $year, scores: $scores) { id indicatorId points note }
  }
`);

export const PUBLISH_ASSESSMENT_YEAR = gql<{ publishAssessmentYear: boolean }, { year: number }>(`
  mutation publishAssessmentYear($year: Int!) { publishAssessmentYear(year: $year) }
`);

export const REOPEN_ASSESSMENT_YEAR = gql<{ reopenAssessmentYear: { id: Id; status: string } }, { year: number; reason: string }>(`
  mutation reopenAssessmentYear($year: Int!, $reason: String!) { reopenAssessmentYear(year: $year, reason: $reason) { id status reopenCount } }
`);

// ---- MGT-2 consequences -------------------------------------------------------------------

export const CONFIRM_CONSEQUENCE = gql<
  { confirmConsequence: { id: Id; status: string; exitRecordId: Id | null } },
  { id: Id; effectiveDate?: IsoDate | null; decisionNumber?: string | null }
>(`
  mutation confirmConsequence($id: ID!, $effectiveDate: Date, $decisionNumber: String) {
    confirmConsequence(id: $id, effectiveDate: $effectiveDate, decisionNumber: $decisionNumber) { id status exitRecordId }
  }
`);

export const DISMISS_CONSEQUENCE = gql<{ dismissConsequence: { id: Id; status: string } }, { id: Id; reason: string }>(`
  mutation dismissConsequence($id: ID!, $reason: String!) { dismissConsequence(id: $id, reason: $reason) { id status } }
`);

// ---- policy parameters --------------------------------------------------------------------

export interface PolicyParameterRowData {
  year: number;
  key: string;
  value: number;
  defaultValue: number;
  isDefault: boolean;
  unit: string;
  rules: string[];
  labelZh: string;
  labelEn: string;
  yearlyFigure: boolean;
}

const POLICY_ROW = 'year key value defaultValue isDefault unit rules labelZh labelEn yearlyFigure';

export const POLICY_PARAMETERS = gql<{ policyParameters: PolicyParameterRowData[] }, { year: number }>(`
  query policyParameters($year: Int!) { policyParameters(year: $year) { ${POLICY_ROW} } }
`);

/** `value: null` returns the parameter to its default */
export const SET_POLICY_PARAMETER = gql<{ setPolicyParameter: PolicyParameterRowData }, { year: number; key: string; value: number | null }>(`
  mutation setPolicyParameter($year: Int!, $key: String!, $value: Float) { setPolicyParameter(year: $year, key: $key, value: $value) { ${POLICY_ROW} } }
`);

// ---- assessment rule queries --------------------------------------------------------------

export interface RankingRowData {
  unit: UnitRef;
  year: number;
  kind: UnitKind;
  total: number;
  rank: number;
  isLast: boolean;
  published: boolean;
}

const RANKING_ROW = 'unit { id name kind } year kind total rank isLast published';

/** ASM-3 */
export const ASSESSMENT_RANKING = gql<{ assessmentRanking: RankingRowData[]; _assessmentRankingMeta: ListMetadata }, PageVariables & { year: number; kind: UnitKind }>(`
  query assessmentRanking(${PAGE_ARGS}, $year: Int!, $kind: UnitKind!) {
    assessmentRanking(${PAGE}, year: $year, kind: $kind) { ${RANKING_ROW} }
    _assessmentRankingMeta(year: $year, kind: $kind) { count }
  }
`);

/** ASM-3 a unit's published years */
export const ASSESSMENT_HISTORY = gql<{ assessmentHistory: RankingRowData[] }, { unitId: Id }>(`
  query assessmentHistory($unitId: ID!) { assessmentHistory(unitId: $unitId) { ${RANKING_ROW} } }
`);

/** PAY-4 */
export const TARGET_AWARDS = gql<
  { targetAwards: { unit: UnitRef; rank: number; total: number; recipient: { id: Id; name: string } | null; recipientName: string | null; minimumAmount: number }[] },
  { year: number }
>(`
  query targetAwards($year: Int!) { targetAwards(year: $year) { unit { id name kind } rank total recipient { id name } recipientName minimumAmount } }
`);

/** PAY-3 */
export const REALISATION_AWARDS = gql<{ realisationAwards: { cadre: CadreRef; unit: UnitRef; total: number; amount: number }[] }, { year: number; unitId?: Id | null }>(`
  query realisationAwards($year: Int!, $unitId: ID) { realisationAwards(year: $year, unitId: $unitId) { cadre { ${CADRE_REF} } unit { id name kind } total amount } }
`);

// ---- PAY / INS / TGT-6 rule queries -------------------------------------------------------

export interface PayReportRowData {
  id: Id;
  version: number;
  cadre: CadreRef;
  unit: UnitRef;
  year: number;
  title: string;
  amount: number;
  note: string | null;
  floor: number | null;
  belowFloor: boolean | null;
  shortfall: number | null;
}

/** PAY-1 below-floor records first */
export const PAY_REPORT = gql<
  { payReport: PayReportRowData[]; _payReportMeta: ListMetadata },
  PageVariables & { year: number; unitId?: Id | null; belowFloor?: boolean | null }
>(`
  query payReport(${PAGE_ARGS}, $year: Int!, $unitId: ID, $belowFloor: Boolean) {
    payReport(${PAGE}, year: $year, unitId: $unitId, belowFloor: $belowFloor) {
      id version cadre { ${CADRE_REF} } unit { id name kind } year title amount note floor belowFloor shortfall
    }
    _payReportMeta(year: $year, unitId: $unitId, belowFloor: $belowFloor) { count }
  }
`);

/** PAY-2 / INS-2 */
export const ALLOWANCE_REPORT = gql<
  {
    allowanceReport: { cadre: CadreRef; unit: UnitRef; month: string; due: boolean; amount: number; reason: AllowanceReason; remarks: string | null }[];
    _allowanceReportMeta: ListMetadata;
  },
  PageVariables & { year: number; month?: string | null; unitId?: Id | null }
>(`
  query allowanceReport(${PAGE_ARGS}, $year: Int!, $month: String, $unitId: ID) {
    allowanceReport(${PAGE}, year: $year, month: $month, unitId: $unitId) { cadre { ${CADRE_REF} } unit { id name kind } month due amount reason remarks }
    _allowanceReportMeta(year: $year, month: $month, unitId: $unitId) { count }
  }
`);

/** PAY-5 */
export const CARE_DUE = gql<
  { careDue: { cadre: CadreRef; unit: UnitRef; kind: CareKind; lastDate: IsoDate | null; dueDate: IsoDate; overdue: boolean }[]; _careDueMeta: ListMetadata },
  PageVariables & { asOf?: IsoDate | null; unitId?: Id | null }
>(`
  query careDue(${PAGE_ARGS}, $asOf: Date, $unitId: ID) {
    careDue(${PAGE}, asOf: $asOf, unitId: $unitId) { cadre { ${CADRE_REF} } unit { id name kind } kind lastDate dueDate overdue }
    _careDueMeta(asOf: $asOf, unitId: $unitId) { count }
  }
`);

export interface ThreeLinksRowData {
  cadre: CadreRef;
  unit: UnitRef;
  year: number;
  posts: string[];
  assessmentTotal: number | null;
  assessmentRank: number | null;
  assessmentLast: boolean | null;
  realisationAward: number | null;
  pay: number | null;
  payFloor: number | null;
  payBelowFloor: boolean | null;
  allowanceMonthsPassed: number;
  allowanceMonthsFailed: number;
  allowanceDue: number;
  targetAward: number | null;
  honours: { id: Id; kind: string; date: IsoDate; description: string | null }[];
  consequences: { id: Id; year: number; kind: string; status: string }[];
  inReservePool: boolean;
  exit: { id: Id; kind: ExitKind; effectiveDate: IsoDate } | null;
}

/** TGT-6 三挂钩 */
export const THREE_LINKS = gql<{ threeLinks: ThreeLinksRowData[]; _threeLinksMeta: ListMetadata }, PageVariables & { year: number; unitId?: Id | null; cadreId?: Id | null }>(`
  query threeLinks(${PAGE_ARGS}, $year: Int!, $unitId: ID, $cadreId: ID) {
    _threeLinksMeta(year: $year, unitId: $unitId, cadreId: $cadreId) { count }
    threeLinks(${PAGE}, year: $year, unitId: $unitId, cadreId: $cadreId) {
      cadre { ${CADRE_REF} } unit { id name kind } year posts
      assessmentTotal assessmentRank assessmentLast
      realisationAward pay payFloor payBelowFloor allowanceMonthsPassed allowanceMonthsFailed allowanceDue
      targetAward honours { id kind date description }
      consequences { id year kind status } inReservePool exit { id kind effectiveDate }
    }
  }
`);

/** INS-2 a check recorded from the allowance report (the resource's create, with the cadre and month given) */
export const CREATE_DUTY_LOG_CHECK = gql<
  { createDutyLogCheck: { id: Id } },
  { cadreId: Id; month: string; outcome: LogCheckOutcome; remarks?: string | null }
>(`
  mutation createDutyLogCheck($cadreId: ID!, $month: String!, $outcome: LogCheckOutcome!, $remarks: String) {
    createDutyLogCheck(cadreId: $cadreId, month: $month, outcome: $outcome, remarks: $remarks) { id }
  }
`);

/** PAY-5 a care event recorded from the care calendar */
export const CREATE_CARE_EVENT = gql<
  { createCareEvent: { id: Id } },
  { cadreId: Id; kind: CareKind; date: IsoDate; ledById?: Id | null; ledByName?: string | null; note?: string | null }
>(`
  mutation createCareEvent($cadreId: ID!, $kind: CareKind!, $date: Date!, $ledById: ID, $ledByName: String, $note: String) {
    createCareEvent(cadreId: $cadreId, kind: $kind, date: $date, ledById: $ledById, ledByName: $ledByName, note: $note) { id }
  }
`);
