import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import type { ResourceDef } from '../resource/resource';
import { ImportRun, ImportStatus } from './import-run.entity';
import { progressOf } from './progress';

@InputType()
export class ImportRunFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'searches the file name and the user' }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ImportStatus, { nullable: true }) status?: ImportStatus;
}

/** The roster imports (read-only: an import is started by uploading a file to `POST /excel/roster-import`). */
export const importRunResource: ResourceDef<ImportRun> = {
  name: 'ImportRun',
  plural: 'ImportRuns',
  resource: 'importRuns',
  entity: ImportRun,
  filter: ImportRunFilter,
  searchFields: ['fileName', 'username'],
  sortFields: ['createdAt', 'fileName', 'username', 'status'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  computed: { rowsDone: ['id', 'rowsDone', 'status'], rowsLeft: ['id', 'rowsDone', 'rowsTotal', 'status'] },
};

type RunRow = Pick<ImportRun, 'id' | 'rowsDone' | 'rowsTotal' | 'status'>;

function doneOf(run: RunRow): number {
  const live = run.status === ImportStatus.RUNNING ? progressOf(run.id) : undefined;
  return live ? live.done : run.rowsDone;
}

@Resolver(() => ImportRun)
export class ImportRunFieldsResolver {
  /** rows written so far: the running job's count while it runs, then the stored figure */
  @FieldResolver(() => Int)
  rowsDone(@Root() run: RunRow, @Ctx() _ctx: Context): number {
    return doneOf(run);
  }

  @FieldResolver(() => Int)
  rowsLeft(@Root() run: RunRow, @Ctx() _ctx: Context): number {
    return Math.max(0, run.rowsTotal - doneOf(run));
  }
}
