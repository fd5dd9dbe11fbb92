import type { TeamDimension, UnitKind } from '@liangwei/domain';
import { gql } from '../providers/graphqlRequest';

/** The queries of the team view, the post drop-downs and the statistics page (apps/api/schema.graphql). */

type Id = string;
type IsoDate = string;

export interface PersonRef {
  id: Id;
  name: string;
}

export interface SeatPost {
  id: Id;
  title: string;
  name: string;
  unitId: Id;
  isMainLeader: boolean;
}

export interface Seat {
  postId: Id;
  vacant: boolean;
  since: IsoDate | null;
  post: SeatPost;
  holder: PersonRef | null;
  appointment: { id: Id; version: number; startDate: IsoDate } | null;
  reserve: { id: Id; cadre: PersonRef } | null;
}

export const UNIT_TEAM = gql<{ Unit: { id: Id; name: string; currentTeam: Seat[] } | null }, { id: Id; asOf: IsoDate | null }>(`
  query unitTeam($id: ID!, $asOf: Date) {
    Unit(id: $id) {
      id name
      currentTeam(asOf: $asOf) {
        postId vacant since
        post { id title name unitId isMainLeader }
        holder { id name }
        appointment { id version startDate }
        reserve { id cadre { id name } }
      }
    }
  }
`);

export interface PostChoice {
  id: Id;
  title: string;
  name: string;
  unitId: Id;
  unit: { id: Id; name: string };
  currentHolder: PersonRef | null;
}

export const POST_CHOICES = gql<{ allPosts: PostChoice[] }, { unitId: Id | null; asOf: IsoDate | null }>(`
  query postChoices($unitId: ID, $asOf: Date) {
    allPosts(filter: { unitId: $unitId }, perPage: 1000) { id title name unitId unit { id name } currentHolder(asOf: $asOf) { id name } }
  }
`);

export interface CadrePosts {
  id: Id;
  appointments: { id: Id; startDate: IsoDate; endDate: IsoDate | null; post: { id: Id; title: string; name: string } }[];
}

export const CADRES_POSTS = gql<{ allCadres: CadrePosts[] }, { ids: Id[]; perPage: number }>(`
  query cadresPosts($ids: [ID!], $perPage: Int) {
    allCadres(filter: { ids: $ids }, perPage: $perPage) { id appointments { id startDate endDate post { id title name } } }
  }
`);

export interface Bucket {
  key: string;
  label: string;
  labelEn: string;
  count: number;
}

export interface UnitFigures {
  unitId: Id;
  unit: { id: Id; name: string; kind: UnitKind };
  posts: number;
  vacancies: number;
  pairedPosts: number;
  coverage: number | null;
  teamSize: number;
}

export interface TeamStatistics {
  asOf: IsoDate;
  teamSize: number;
  averageAge: number | null;
  byAgeBand: Bucket[];
  byEducation: Bucket[];
  byGender: Bucket[];
  byPartyMembership: Bucket[];
  byEthnicity: Bucket[];
  byCollegeGraduateOfficial: Bucket[];
  byAgeBandAndGender: Bucket[];
  reservesByStatus: Bucket[];
  reservesBySource: Bucket[];
  posts: number;
  vacancies: number;
  pairedPosts: number;
  coverage: number | null;
  byUnit?: UnitFigures[];
}

export interface StatisticsVariables {
  asOf: IsoDate | null;
  unitId: Id | null;
  kind: UnitKind | null;
}

const BUCKET = '{ key label labelEn count }';
const FIGURES = `asOf teamSize averageAge posts vacancies pairedPosts coverage
  byAgeBand ${BUCKET} byEducation ${BUCKET} byGender ${BUCKET} byPartyMembership ${BUCKET} byEthnicity ${BUCKET}
  byCollegeGraduateOfficial ${BUCKET} byAgeBandAndGender ${BUCKET} reservesByStatus ${BUCKET} reservesBySource ${BUCKET}`;

export const TEAM_STATISTICS = gql<{ teamStatistics: TeamStatistics }, StatisticsVariables>(`
  query teamStatistics($asOf: Date, $unitId: ID, $kind: UnitKind) {
    teamStatistics(asOf: $asOf, unitId: $unitId, kind: $kind) {
      ${FIGURES}
      byUnit { unitId unit { id name kind } posts vacancies pairedPosts coverage teamSize }
    }
  }
`);

export const TEAM_SUMMARY = gql<{ teamStatistics: Pick<TeamStatistics, 'teamSize' | 'posts' | 'vacancies' | 'coverage'> }, StatisticsVariables>(`
  query teamSummary($asOf: Date, $unitId: ID, $kind: UnitKind) {
    teamStatistics(asOf: $asOf, unitId: $unitId, kind: $kind) { teamSize posts vacancies coverage }
  }
`);

export interface Person {
  id: Id;
  name: string;
  gender: string;
  age: number;
  education: string | null;
  politicalStatus: string | null;
  unit: { id: Id; name: string };
}

export const TEAM_PEOPLE = gql<
  { teamStatisticsPeople: Person[]; _teamStatisticsPeopleMeta: { count: number } },
  StatisticsVariables & { dimension: TeamDimension; key: string; page: number; perPage: number }
>(`
  query teamStatisticsPeople($dimension: TeamDimension!, $key: String!, $asOf: Date, $unitId: ID, $kind: UnitKind, $page: Int, $perPage: Int) {
    teamStatisticsPeople(dimension: $dimension, key: $key, asOf: $asOf, unitId: $unitId, kind: $kind, page: $page, perPage: $perPage) {
      id name gender age education politicalStatus unit { id name }
    }
    _teamStatisticsPeopleMeta(dimension: $dimension, key: $key, asOf: $asOf, unitId: $unitId, kind: $kind) { count }
  }
`);
