import DataLoader from 'dataloader';
import { assertWithinTimeLimit } from '../limits/time-limit';
import { Utils, helper, type AnyEntity, type EntityManager } from '@mikro-orm/core';
import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { isProjected, isStub, keyOf } from '../resource/projection';
import type { Context } from './context';

/**
 * Per-request batch loaders, one per entity class, reading through the request's scoped
 * EntityManager: a relation of a unit user's row can only resolve to rows it may see.
 */
export class EntityLoaders {
  private readonly loaders = new Map<string, DataLoader<string, AnyEntity | null>>();

  constructor(private readonly em: EntityManager) {}

  load(entityName: string, id: string): Promise<AnyEntity | null> {
    let loader = this.loaders.get(entityName);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        assertWithinTimeLimit(this.em);
        const rows = await this.em.find(entityName, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((row) => [(row as { id: string }).id, row as AnyEntity]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(entityName, loader);
    }
    return loader.load(id);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * A relation's value ready to be resolved as `typeName`: rows of the read path and loaded entities
 * as they are; a not-yet-loaded entity reference or a stub (`{ id }` of an unselected relation)
 * loaded through the request's batch loaders.
 */
export function referenced(value: unknown, typeName: string, context: Context): unknown {
  if (value == null) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => referenced(item, typeName, context));
    return items.some(isPromiseLike) ? Promise.all(items) : items;
  }
  if (isStub(value)) return context.loaders.load(typeName, value.id);
  if (Utils.isEntity(value) && !helper(value).__initialized) {
    return context.loaders.load(helper(value).__meta.className, helper(value).getPrimaryKey() as string);
  }
  return value;
}

/**
 * Gives every field whose type is an entity (or a list of one) explicit resolution of references:
 * only those fields, not every field of the schema; a plain-value field stays a property read.
 */
export function resolveReferences(schema: GraphQLSchema, entityNames: ReadonlySet<string>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const entityType = entityNames.has(type.name);
    for (const field of Object.values(type.getFields())) {
      if (entityType && field.name !== 'id' && field.name.endsWith('Id')) {
        // `xId` of a read-path row is the key of its relation x (entities answer it with a getter)
        const name = field.name;
        field.resolve = (source: Record<string, unknown>) => (isProjected(source) ? keyOf(source, name) : source[name]);
        continue;
      }
      const target = getNamedType(field.type);
      if (!entityNames.has(target.name)) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const value = resolve(source, args, context, info);
        return isPromiseLike(value) ? Promise.resolve(value).then((v) => referenced(v, target.name, context)) : referenced(value, target.name, context);
      };
    }
  }
}
