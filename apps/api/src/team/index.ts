import type { ClassType } from 'type-graphql';
import { TeamStatisticsResolver } from './team.resolver';
import { CadreRelationsResolver, PostRelationsResolver, UnitRelationsResolver } from './relations';
import './excel';

/** Team statistics (ORG-3, RES-4, RES-1), the nested relations of units, posts and cadres, and the statistics' Excel export. */
export const teamResolvers: ClassType[] = [TeamStatisticsResolver, UnitRelationsResolver, CadreRelationsResolver, PostRelationsResolver];
