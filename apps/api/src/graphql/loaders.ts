import DataLoader from 'dataloader';
import { Utils, helper, type AnyEntity, type EntityManager } from '@mikro-orm/core';
import type { MiddlewareFn } from 'type-graphql';
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
        const rows = await this.em.find(entityName, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((row) => [(row as { id: string }).id, row as AnyEntity]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(entityName, loader);
    }
    return loader.load(id);
  }
}

/** A global middleware: a field whose value is a not-yet-loaded entity reference gets it loaded, batched. */
export const LoadReferences: MiddlewareFn<Context> = async ({ context }, next) => {
  const value = await next();
  if (value && typeof value === 'object' && Utils.isEntity(value) && !helper(value).__initialized) {
    const meta = helper(value).__meta;
    return context.loaders.load(meta.className, helper(value).getPrimaryKey() as string);
  }
  return value;
};
