import type { DocumentNode } from 'graphql';

/**
 * A small memo of what a request's checks found for one parsed document (Apollo hands the same
 * document object to every request with the same text) and one set of variables: a query sent
 * again with the same variables is not walked again. Small variable sets only; a bounded number
 * per document.
 */
export class PerDocument<T> {
  private readonly memo = new WeakMap<DocumentNode, Map<string, T>>();

  constructor(private readonly perDocument = 64) {}

  /** The key of an operation and its variables, or null when they are too large to remember. */
  static keyOf(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string | null {
    const json = variables === undefined ? '' : JSON.stringify(variables);
    return json.length > 2048 ? null : `${operationName ?? ''}\u0000${json}`;
  }

  get(document: DocumentNode, key: string | null): T | undefined {
    return key === null ? undefined : this.memo.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string | null, value: T): void {
    if (key === null) return;
    let entries = this.memo.get(document);
    if (!entries) this.memo.set(document, (entries = new Map()));
    if (entries.size >= this.perDocument) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
  }
}
