import type { DisciplineLevel, DisciplineStatus, ExitKind } from '@liangwei/domain';
import { gql } from '../providers/graphqlRequest';

/** MGT-1 the discipline cases' workflow mutations (apps/api/schema.graphql). */

type Id = string;
type IsoDate = string;
interface CaseResult {
  id: Id;
  version: number;
  status: DisciplineStatus;
}
const CASE = 'id version status';

export interface OpenDisciplineCaseVariables {
  cadreId: Id;
  facts: string;
  openedOn: IsoDate | null;
  findingIds: string[] | null;
}

export const OPEN_DISCIPLINE_CASE = gql<{ openDisciplineCase: CaseResult }, OpenDisciplineCaseVariables>(`
  mutation openDisciplineCase($cadreId: ID!, $facts: String!, $openedOn: Date, $findingIds: [ID!]) {
    openDisciplineCase(cadreId: $cadreId, facts: $facts, openedOn: $openedOn, findingIds: $findingIds) { ${CASE} }
  }
`);

export interface DecideDisciplineCaseVariables {
  id: Id;
  version: number | null;
  level: DisciplineLevel;
  decision: string;
  decisionNumber: string | null;
  decidedOn: IsoDate | null;
  rectificationRequirement: string | null;
  rectificationDeadline: IsoDate | null;
  exitKind: ExitKind | null;
  exitEffectiveDate: IsoDate | null;
}

export const DECIDE_DISCIPLINE_CASE = gql<{ decideDisciplineCase: CaseResult }, DecideDisciplineCaseVariables>(`
  mutation decideDisciplineCase($id: ID!, $version: Int, $level: DisciplineLevel!, $decision: String!, $decisionNumber: String, $decidedOn: Date,
    $rectificationRequirement: String, $rectificationDeadline: Date, $exitKind: ExitKind, $exitEffectiveDate: Date) {
    decideDisciplineCase(id: $id, version: $version, level: $level, decision: $decision, decisionNumber: $decisionNumber, decidedOn: $decidedOn,
      rectificationRequirement: $rectificationRequirement, rectificationDeadline: $rectificationDeadline, exitKind: $exitKind, exitEffectiveDate: $exitEffectiveDate) { ${CASE} exitRecordId }
  }
`);

export const ANSWER_DISCIPLINE_RECTIFICATION = gql<{ answerDisciplineRectification: CaseResult }, { id: Id; version: number | null; answer: string; answeredOn: IsoDate | null }>(`
  mutation answerDisciplineRectification($id: ID!, $version: Int, $answer: String!, $answeredOn: Date) {
    answerDisciplineRectification(id: $id, version: $version, answer: $answer, answeredOn: $answeredOn) { ${CASE} }
  }
`);

export const ACCEPT_DISCIPLINE_RECTIFICATION = gql<{ acceptDisciplineRectification: CaseResult }, { id: Id; version: number | null; note: string | null }>(`
  mutation acceptDisciplineRectification($id: ID!, $version: Int, $note: String) { acceptDisciplineRectification(id: $id, version: $version, note: $note) { ${CASE} } }
`);

export const RETURN_DISCIPLINE_RECTIFICATION = gql<{ returnDisciplineRectification: CaseResult }, { id: Id; version: number | null; reason: string }>(`
  mutation returnDisciplineRectification($id: ID!, $version: Int, $reason: String!) { returnDisciplineRectification(id: $id, version: $version, reason: $reason) { ${CASE} } }
`);

export const CLOSE_DISCIPLINE_CASE = gql<{ closeDisciplineCase: CaseResult }, { id: Id; version: number | null; note: string | null }>(`
  mutation closeDisciplineCase($id: ID!, $version: Int, $note: String) { closeDisciplineCase(id: $id, version: $version, note: $note) { ${CASE} } }
`);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const date = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value.slice(0, 10) : null);

/** The create form → `openDisciplineCase`; finding references one per line or separated by commas. */
export function openVariables(data: Record<string, unknown>): OpenDisciplineCaseVariables {
  const refs = typeof data.findingRefs === 'string' ? [...new Set(data.findingRefs.split(/[\s,，;；]+/).map((s) => s.trim()).filter(Boolean))] : [];
  return { cadreId: String(data.cadreId ?? ''), facts: text(data.facts) ?? '', openedOn: date(data.openedOn), findingIds: refs.length ? refs : null };
}

/** The decision dialog → `decideDisciplineCase`; an exit only for a level that may end service. */
export function decideVariables(id: Id, version: number | null, values: Record<string, unknown>): DecideDisciplineCaseVariables {
  const level = values.level as DisciplineLevel;
  const exitKind = level !== 'CRITICISM' ? ((text(values.exitKind) as ExitKind | null) ?? null) : null;
  return {
    id,
    version,
    level,
    decision: text(values.decision) ?? '',
    decisionNumber: text(values.decisionNumber),
    decidedOn: date(values.decidedOn),
    rectificationRequirement: text(values.rectificationRequirement),
    rectificationDeadline: date(values.rectificationDeadline),
    exitKind,
    exitEffectiveDate: exitKind ? date(values.exitEffectiveDate) : null,
  };
}
