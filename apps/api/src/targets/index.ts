import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import './enums';
import { AnnualPlan, DutyTemplate, PlanItem, PlanProgressUpdate, PostDuty, TermTarget } from './targets.entities';
import { annualPlanResource, dutyTemplateResource, planItemResource, planProgressUpdateResource, postDutyResource, termTargetResource } from './targets.resource';
import { PlanWorkflowResolver } from './plans.resolver';
import './commitment-sheet';
import './registrations';

/** The plans module (TGT-1, TGT-2): duties, term targets, annual plans with their items and progress; the commitment sheet; evidence and work. */
export const targetsEntities: ClassType[] = [DutyTemplate, PostDuty, TermTarget, AnnualPlan, PlanItem, PlanProgressUpdate];
export const targetsResources: ResourceDef<never>[] = [dutyTemplateResource, postDutyResource, termTargetResource, annualPlanResource, planItemResource, planProgressUpdateResource] as ResourceDef<never>[];
export const targetsResolvers: ClassType[] = [PlanWorkflowResolver];
