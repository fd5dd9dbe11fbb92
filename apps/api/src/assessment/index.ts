import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { AssessmentIndicator, AssessmentScore, AssessmentYear, Consequence, RankingEntry } from './assessment.entities';
import { assessmentIndicatorResource, assessmentScoreResource, assessmentYearResource, consequenceResource } from './assessment.resource';
import { AssessmentResolver, AssessmentScoreFieldsResolver, AssessmentYearFieldsResolver } from './assessment.resolver';
import { ThreeLinksResolver } from './three-links.resolver';

/** The assessment module (ASM, MGT-2, PAY-3/4): its entities, resources and other resolvers. */
export const assessmentEntities: ClassType[] = [AssessmentYear, AssessmentIndicator, AssessmentScore, RankingEntry, Consequence];
export const assessmentResources = [assessmentYearResource, assessmentIndicatorResource, assessmentScoreResource, consequenceResource] as unknown as ResourceDef<never>[];
export const assessmentResolvers: ClassType[] = [AssessmentResolver, AssessmentYearFieldsResolver, AssessmentScoreFieldsResolver, ThreeLinksResolver];
