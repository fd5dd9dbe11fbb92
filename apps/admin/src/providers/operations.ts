import type {
  ExitKind,
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

interface UnitRef {
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
export const RESERVE_COMPLIANCE = gql<{ reserveCompliance: ComplianceRowData[] }, { asOf?: IsoDate | null; kind?: UnitKind | null }>(`
  query reserveCompliance($asOf: Date, $kind: UnitKind) {
    reserveCompliance(asOf: $asOf, kind: $kind) {
      unit { id name kind } asOf compliant teamSize aged45OrUnder aged35OrUnder femaleReserves
      shortfalls { kind required actual textZh textEn }
    }
  }
`);

export interface GapPost {
  id: Id;
  name: string;
  title: string;
  unitId: Id;
  isMainLeader: boolean;
  unit: UnitRef;
}

/** RES-1 */
export const SUCCESSION_GAPS = gql<{ successionGaps: GapPost[] }, { asOf?: IsoDate | null; unitId?: Id | null }>(`
  query successionGaps($asOf: Date, $unitId: ID) {
    successionGaps(asOf: $asOf, unitId: $unitId) { id name title unitId isMainLeader unit { id name kind } }
  }
`);

interface CadreRef {
  id: Id;
  name: string;
  unitId: Id;
  unit: UnitRef;
}

const CADRE_REF = 'id name unitId unit { id name kind }';

/** MGT-4 */
export const CADRE_WARNINGS = gql<
  { cadreWarnings: { cadre: CadreRef; kind: WarningKind; since: IsoDate; detail: string }[] },
  { asOf?: IsoDate | null; unitId?: Id | null }
>(`
  query cadreWarnings($asOf: Date, $unitId: ID) {
    cadreWarnings(asOf: $asOf, unitId: $unitId) { cadre { ${CADRE_REF} } kind since detail }
  }
`);

/** TRN-2 */
export const TRAINING_HOURS = gql<{ trainingHours: { cadre: CadreRef; hours: number; sessions: number }[] }, { year: number; unitId?: Id | null }>(`
  query trainingHours($year: Int!, $unitId: ID) {
    trainingHours(year: $year, unitId: $unitId) { cadre { ${CADRE_REF} } hours sessions }
  }
`);

/** TRN-2 */
export const UNTRAINED_CADRES = gql<{ untrainedCadres: (CadreRef & { gender: string; birthDate: IsoDate })[] }, { year: number; unitId?: Id | null }>(`
  query untrainedCadres($year: Int!, $unitId: ID) {
    untrainedCadres(year: $year, unitId: $unitId) { ${CADRE_REF} gender birthDate }
  }
`);
