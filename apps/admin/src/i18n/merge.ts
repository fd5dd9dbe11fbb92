type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of message trees; later trees win. Inputs are not modified. */
export function mergeMessages<T extends Tree>(...trees: Tree[]): T {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key];
      out[key] = isTree(value) && isTree(current) ? mergeMessages(current, value) : isTree(value) ? mergeMessages(value) : value;
    }
  }
  return out as T;
}

/** The dotted paths of every leaf message of a tree (`ra.action.save`, ...). */
export function messageKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? messageKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
