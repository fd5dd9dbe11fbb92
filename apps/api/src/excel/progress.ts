/**
 * Progress of the imports running in this process: rows written and rows in the file, by import
 * id. The stored ImportRun carries the final figures; while a job runs, this is what the console
 * polls (`ImportRun(id) { rowsDone rowsLeft }` or `GET /excel/import-runs/<id>`).
 */
const running = new Map<string, { done: number; total: number }>();

export function startProgress(id: string, total: number): void {
  running.set(id, { done: 0, total });
}

export function advanceProgress(id: string, done: number): void {
  const entry = running.get(id);
  if (entry) entry.done = done;
}

export function endProgress(id: string): void {
  running.delete(id);
}

export function progressOf(id: string): { done: number; total: number } | undefined {
  return running.get(id);
}

/** The imports this process is running (one at a time: its transaction holds the roster). */
export function runningIds(): string[] {
  return [...running.keys()];
}
