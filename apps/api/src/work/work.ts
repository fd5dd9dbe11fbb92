import type { Role } from '@liangwei/domain';
import type { Context } from '../graphql/context';

/**
 * "My work": what waits for the signed-in person. Each module registers the kinds of pending work
 * it knows (`registerWorkSource`): candidacies at the step this role takes, consequences to
 * confirm, exits to take effect, the month's log checks, care due, findings to rectify, plans to
 * approve … The query counts them through the viewer's scope; the console lists them with links.
 */
export interface WorkSource {
  /** stable key */
  key: string;
  /** the roles for which this is work */
  roles: readonly Role[];
  label: { zh: string; en: string };
  /** the console route that shows the waiting records and their action, e.g. `/inspectionFindings?filter=…` */
  link: string;
  /** how many wait for this viewer (scope applied); one statement */
  count(ctx: Context): Promise<number>;
}

const sources: WorkSource[] = [];

export function registerWorkSource(source: WorkSource): void {
  if (!sources.some((s) => s.key === source.key)) sources.push(source);
}

export function workSources(): readonly WorkSource[] {
  return sources;
}
