import { ReferenceKind, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { seesAllUnits, type Viewer } from '@liangwei/domain';

export const UNIT_SCOPE = 'unitScope';

/**
 * ROLE-3/4 The unit scope, in one place at the data layer. Every entity that carries its unit
 * (a many-to-one `unit` to Unit) is unit-owned, found from the ORM's metadata, so a new entity is
 * covered by adding the column. For a unit user the request's EntityManager gets a filter that
 * adds `unit = <own unit>` (for Unit itself `id = <own unit>`) to every find, count and populated
 * relation; subdistrict roles get none.
 */
export function unitScopedEntities(orm: MikroORM): string[] {
  const names = ['Unit'];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    const unit = meta.properties.unit;
    if (!meta.abstract && unit && unit.kind === ReferenceKind.MANY_TO_ONE && unit.type === 'Unit') names.push(meta.className);
  }
  return names;
}

export function scopeToViewer(em: EntityManager, entities: string[], viewer: Viewer | null): void {
  if (viewer && seesAllUnits(viewer)) return;
  // Unauthenticated or a unit user: rows of its own unit only (no unit: nothing at all).
  const unitId = viewer?.unitId ?? '\u0000no-unit';
  em.addFilter(
    UNIT_SCOPE,
    (args: { unitId: string }, _type: unknown, _em: unknown, _options: unknown, entityName?: unknown) =>
      nameOf(entityName) === 'Unit' ? { id: args.unitId } : { unit: args.unitId },
    entities,
    true,
  );
  em.setFilterParams(UNIT_SCOPE, { unitId });
}

function nameOf(entityName: unknown): string | undefined {
  if (typeof entityName === 'string') return entityName;
  return (entityName as { name?: string } | undefined)?.name;
}

/**
 * ROLE-3/4 The same scope as a condition, for statements built outside the ORM's find (the read
 * path in resource/projection.ts): null when the request has no scope (subdistrict roles) or the
 * entity is not unit-owned.
 */
export function unitScopeOf(em: EntityManager, meta: { className: string; properties: Record<string, { kind: ReferenceKind; type: string } | undefined> }): Record<string, unknown> | null {
  const unitId = scopedUnitIdOf(em);
  if (unitId == null) return null;
  if (meta.className === 'Unit') return { id: unitId };
  const unit = meta.properties.unit;
  return unit && unit.kind === ReferenceKind.MANY_TO_ONE && unit.type === 'Unit' ? { unit: unitId } : null;
}

/**
 * ROLE-3/4 The unit the request's EntityManager is scoped to (see `scopeToViewer`), or null when it
 * sees every unit: what statements written in SQL (the rule queries) add as their own condition.
 */
export function scopedUnitIdOf(em: EntityManager): string | null {
  const params = em.getFilterParams<{ unitId: string }>(UNIT_SCOPE) as { unitId?: string } | undefined;
  return params?.unitId ?? null;
}
