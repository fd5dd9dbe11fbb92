import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { ImportRun } from './import-run.entity';
import { ImportRunFieldsResolver, importRunResource } from './import-run.resource';
import './routes';

/** Excel in and out: the roster import (花名册) with its import runs, and the export of every list and report. */
export const excelEntities: ClassType[] = [ImportRun];
export const excelResources: ResourceDef<never>[] = [importRunResource] as ResourceDef<never>[];
export const excelResolvers: ClassType[] = [ImportRunFieldsResolver];
