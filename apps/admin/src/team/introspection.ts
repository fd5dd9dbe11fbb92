/**
 * The resources' queries are built from the schema by ra-data-graphql-simple, which selects every
 * field of a type. The nested lists of a unit and of a cadre (`Unit.posts`, `Unit.cadres`,
 * `Unit.currentTeam`, `Cadre.appointments`) and a post's open appointment are for the pages that
 * ask for them by name (the team view, the statistics): left out of the generic lists, so a
 * 1,000-row export stays within the query budget and one statement per level.
 */
const NESTED: Record<string, ReadonlySet<string>> = {
  Unit: new Set(['posts', 'cadres', 'currentTeam']),
  Cadre: new Set(['appointments']),
  Post: new Set(['currentAppointment']),
};

type Field = { name: string };
type Type = { name: string; fields?: Field[] | null };
type Introspection = { types: Type[]; resources: { type: Type }[] };

function strip<T extends Type>(type: T): T {
  const drop = NESTED[type.name];
  if (!drop || !type.fields) return type;
  return { ...type, fields: type.fields.filter((f) => !drop.has(f.name)) };
}

export function withoutNestedRelations<I, R>(build: (introspection: I) => R): (introspection: I) => R {
  return (introspection: I) => {
    const results = introspection as unknown as Introspection;
    const stripped = {
      ...results,
      types: results.types.map(strip),
      resources: results.resources.map((r) => ({ ...r, type: strip(r.type) })),
    };
    const built = build(stripped as unknown as I);
    if (typeof built !== 'function') return built;
    // the query builder is handed the resource of the original introspection at each call: strip it there too
    const inner = built as unknown as (resource: { type: Type }, ...rest: unknown[]) => unknown;
    return ((resource: { type: Type }, ...rest: unknown[]) => inner(resource && resource.type ? { ...resource, type: strip(resource.type) } : resource, ...rest)) as unknown as R;
  };
}
