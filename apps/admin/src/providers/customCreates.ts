import { ExitKind, exitRequirements, RecommendationSource, type ExitFacts } from '@liangwei/domain';
import { graphqlRequest } from './graphqlRequest';
import { OPEN_DISCIPLINE_CASE, openVariables } from '../discipline/operations';
import { EXIT_CADRE, RECOMMEND_RESERVE, type ExitCadreVariables, type RecommendReserveVariables } from './operations';

type Data = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const date = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, 10) : null);
const count = (value: unknown): number | null => {
  if (value === '' || value == null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
};

/** RES-3 the recommendation form → `recommendReserve`; only a democratic one sends the vote. */
export function recommendVariables(data: Data): RecommendReserveVariables {
  const democratic = data.source === RecommendationSource.DEMOCRATIC;
  return {
    cadreId: String(data.cadreId ?? ''),
    source: data.source as RecommendReserveVariables['source'],
    eligible: democratic ? count(data.eligible) : null,
    present: democratic ? count(data.present) : null,
    votesFor: democratic ? count(data.votesFor) : null,
    date: date(data.date),
    note: text(data.note),
  };
}

/** MGT-3 The fields an exit form asks for beyond the common ones, per kind (the domain's `exitRequirements`). */
export function exitFieldsOf(kind: unknown): (keyof ExitFacts)[] {
  const requirement = exitRequirements[kind as ExitKind];
  if (!requirement) return [];
  // REMOVAL's MGT-2 consequence is linked by the assessment screens, not typed in here
  return [...requirement.required, ...requirement.recorded].filter((field) => field !== 'consequenceId');
}

/**
 * MGT-3 the exit form → `exitCadre`. Fields of another kind (typed in before the kind was changed)
 * are not sent; an empty approver lets the API record the acting user.
 */
export function exitVariables(data: Data): ExitCadreVariables {
  const kind = data.kind as ExitKind;
  const extra = new Set(exitFieldsOf(kind));
  const ifAsked = <T>(field: keyof ExitFacts, value: T): T | null => (extra.has(field) ? value : null);
  return {
    cadreId: String(data.cadreId ?? ''),
    kind,
    effectiveDate: date(data.effectiveDate) ?? '',
    reason: text(data.reason) ?? '',
    basis: text(data.basis),
    approvedBy: text(data.approvedBy),
    approvedOn: date(data.approvedOn),
    submittedOn: ifAsked('submittedOn', date(data.submittedOn)),
    decisionNumber: ifAsked('decisionNumber', text(data.decisionNumber)),
    registeredVoters: ifAsked('registeredVoters', count(data.registeredVoters)),
    votesCast: ifAsked('votesCast', count(data.votesCast)),
    votesFor: ifAsked('votesFor', count(data.votesFor)),
    consequenceId: kind === ExitKind.REMOVAL ? text(data.consequenceId) : null,
  };
}

/**
 * Resources whose creation is a workflow command of the API rather than `createX`: the console's
 * Create pages and their server-side field errors work unchanged.
 */
export const customCreates: Record<string, (data: Data) => Promise<{ id: string }>> = {
  reserveCandidates: async (data) => (await graphqlRequest(RECOMMEND_RESERVE, recommendVariables(data))).recommendReserve,
  exitRecords: async (data) => (await graphqlRequest(EXIT_CADRE, exitVariables(data))).exitCadre,
  disciplineCases: async (data) => (await graphqlRequest(OPEN_DISCIPLINE_CASE, openVariables(data))).openDisciplineCase,
};
