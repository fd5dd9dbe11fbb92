import { ReferenceKind, raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForbiddenError, NotFoundError, Problems, ConflictError, canAccess, type Action } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { DEFAULT_PER_PAGE, ListArgs, ListMetadata, MAX_PER_PAGE } from './list-args';
import { countRows, declareComputedFields, readRows, selectionOf, type ReadOptions } from './projection';

type Entity = { id: string; version?: number };
type Input = Record<string, unknown>;

/**
 * A resource: one entity served under the convention of API.md (`allXs`, `_allXsMeta`, `X`,
 * `createX`, `updateX`, `deleteX`). The generic resolvers below do paging, sorting, filtering,
 * access checks (the domain's `canAccess`), optimistic locking and the single flush; a resource
 * only says what is particular to it.
 */
export interface ResourceDef<E extends Entity> {
  /** GraphQL type name, e.g. `Cadre` */
  name: string;
  /** plural used in operation names, e.g. `Cadres` */
  plural: string;
  /** the access rule's resource key, e.g. `cadres` */
  resource: string;
  entity: ClassType<E>;
  filter: ClassType;
  /** fields `q` searches (case-insensitive substring) */
  searchFields?: string[];
  /** fields that `sortField` accepts; `id` is always accepted */
  sortFields: string[];
  defaultSort?: { field: string; order: 'ASC' | 'DESC' };
  /** the property a sort field orders by when it is not the field itself, e.g. `{ name: 'nameSort' }` (pinyin order of Chinese names) */
  sortColumns?: Record<string, string>;
  /**
   * the properties each computed field of the type (a field resolver) reads, e.g. `{ age: ['birthDate'] }`:
   * lists and gets select only the columns asked for plus these; a computed field not named here gets the whole row
   */
  computed?: Record<string, string[]>;
  /** filter keys that need more than equality or a range (e.g. computed statuses) */
  customFilters?: Record<string, (value: never, ctx: Context) => FilterQuery<E>>;
  /** the unit a record belongs to; by default its `unit` (null for subdistrict data) */
  unitOf?(entity: E): string | null;
  /** rows hidden from some viewers beyond the unit scope (e.g. draft assessment years from units, ASM-5) */
  visibleWhere?(ctx: Context): Promise<FilterQuery<E> | null> | FilterQuery<E> | null;
  create?: {
    args: ClassType;
    /**
     * the unit the new record will belong to, when the input names it, for an early access check;
     * the built record's unit is always checked before anything is written
     */
    unitOf?(input: Input, ctx: Context): Promise<string | null> | string | null;
    build(input: Input, ctx: Context): Promise<E> | E;
  };
  update?: {
    args: ClassType;
    apply(entity: E, input: Input, ctx: Context): Promise<void> | void;
  };
  remove?: {
    /** throws when deleting would lose history */
    check(entity: E, ctx: Context): Promise<void> | void;
  };
}

const RANGE = /^(.*)_(lt|lte|gt|gte)$/;
const OPERATORS = { lt: '$lt', lte: '$lte', gt: '$gt', gte: '$gte' } as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Translates an `XFilter` into a MikroORM condition: ids, q, equality (`xId` = relation x), ranges. */
export function whereOf<E extends Entity>(def: ResourceDef<E>, filter: Input | null | undefined, ctx: Context): FilterQuery<E> {
  const and: Record<string, unknown>[] = [];
  const meta = ctx.em.getMetadata().get(def.entity.name);
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    const custom = def.customFilters?.[key];
    if (custom) {
      and.push(custom(value as never, ctx) as Record<string, unknown>);
    } else if (key === 'ids') {
      and.push({ id: { $in: value } });
    } else if (key === 'q') {
      const text = String(value).trim();
      if (!text || !def.searchFields?.length) continue;
      const pattern = `%${escapeLike(text)}%`;
      if (ctx.em.getPlatform().constructor.name.startsWith('PostgreSql')) {
        and.push({ $or: def.searchFields.map((f) => ({ [f]: { $ilike: pattern } })) });
      } else {
        // SQLite's LIKE has no escape character unless one is named: without ESCAPE, `\%` is no literal %
        const column = (f: string) => (meta.properties as Record<string, { fieldNames: string[] }>)[f]!.fieldNames[0]!;
        and.push({ $or: def.searchFields.map((f) => ({ [raw((alias: string) => `${alias}.${column(f)} like ? escape '\\'`, [pattern])]: [] })) });
      }
    } else {
      const range = RANGE.exec(key);
      const field = range ? range[1]! : key;
      const relation = field.endsWith('Id') ? field.slice(0, -2) : null;
      const prop = relation && (meta.properties as Record<string, { kind: ReferenceKind }>)[relation]?.kind === ReferenceKind.MANY_TO_ONE ? relation : field;
      and.push(range ? { [prop]: { [OPERATORS[range[2] as keyof typeof OPERATORS]]: value } } : { [prop]: value });
    }
  }
  return (and.length === 0 ? {} : and.length === 1 ? and[0] : { $and: and }) as FilterQuery<E>;
}

function listOptions<E extends Entity>(def: ResourceDef<E>, args: ListArgs, withPaging: boolean) {
  const problems = new Problems();
  const perPage = args.perPage ?? DEFAULT_PER_PAGE;
  const page = args.page ?? 0;
  problems.check(Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE, 'perPage', `must be between 1 and ${MAX_PER_PAGE}`, `每页条数应在 1 至 ${MAX_PER_PAGE} 之间`);
  problems.check(Number.isInteger(page) && page >= 0, 'page', 'must be 0 or more (pages count from 0)', '页码不能小于 0(页码从 0 开始)');
  const sortField = args.sortField ?? def.defaultSort?.field ?? 'id';
  const sortOrder = (args.sortOrder ?? def.defaultSort?.order ?? 'ASC').toUpperCase();
  problems.check(sortField === 'id' || def.sortFields.includes(sortField), 'sortField', `must be one of: id, ${def.sortFields.join(', ')}`, `排序字段应为以下之一：id, ${def.sortFields.join(', ')}`);
  problems.check(sortOrder === 'ASC' || sortOrder === 'DESC', 'sortOrder', 'must be ASC or DESC', '排序方向应为 ASC 或 DESC');
  problems.throwIfAny();
  const field = def.sortColumns?.[sortField] ?? (sortField.endsWith('Id') && sortField !== 'id' ? sortField.slice(0, -2) : sortField);
  const direction = sortOrder.toLowerCase() as 'asc' | 'desc';
  const orderBy = field === 'id' ? { id: direction } : { [field]: direction, id: 'asc' };
  return withPaging ? { orderBy, limit: perPage, offset: page * perPage } : { orderBy };
}

/** ROLE-1..4 the domain's `canAccess`, on the server: FORBIDDEN when it says no. */
export function assertCan(ctx: Context, action: Action, resource: string, unitId?: string | null): void {
  const viewer = requireViewer(ctx);
  if (!canAccess(viewer, action, resource, unitId)) {
    throw new ForbiddenError(`Your role may not ${action} ${resource}${unitId === undefined ? '' : ' of this unit'}.`, '您的角色无权执行此操作');
  }
}

/** The unit a record belongs to: the resource's rule, or the record's own `unit`. */
function unitOf<E extends Entity>(def: ResourceDef<E>, entity: E): string | null {
  if (def.unitOf) return def.unitOf(entity);
  return (entity as { unit?: { id: string } | null }).unit?.id ?? null;
}

/** Loads a record through the viewer's scoped EntityManager: another unit's row is simply not there. */
export async function findVisible<E extends Entity>(em: EntityManager, entity: ClassType<E>, id: string): Promise<E | null> {
  return em.findOne(entity, { id } as FilterQuery<E>);
}

/** The list condition with the resource's own visibility rule added. */
async function visible<E extends Entity>(def: ResourceDef<E>, where: FilterQuery<E>, ctx: Context): Promise<FilterQuery<E>> {
  const extra = def.visibleWhere ? await def.visibleWhere(ctx) : null;
  return extra ? ({ $and: [where, extra] } as FilterQuery<E>) : where;
}

/** The resolvers of one resource, generated from its definition. */
export function resourceResolvers<E extends Entity>(def: ResourceDef<E>): ClassType[] {
  const { name, plural, resource } = def;
  if (def.computed) declareComputedFields(def.entity.name, def.computed);

  @Resolver(() => def.entity)
  class ReadResolver {
    @Query(() => [def.entity], { name: `all${plural}` })
    async list(
      @Args(() => ListArgs) args: ListArgs,
      @Arg('filter', () => def.filter, { nullable: true }) filter: Input | null,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<E[]> {
      assertCan(ctx, 'list', resource);
      // a getMany (filter by ids) without a page size gets all the ids asked for, within the cap
      const ids = Array.isArray(filter?.ids) ? filter.ids.length : 0;
      const options = listOptions(def, args.perPage == null && ids > DEFAULT_PER_PAGE ? { ...args, perPage: Math.min(ids, MAX_PER_PAGE) } : args, true);
      const where = await visible(def, whereOf(def, filter, ctx), ctx);
      return (await readRows(ctx, def.entity.name, selectionOf(info, ctx.em.getMetadata().get(def.entity.name)), where, options as ReadOptions)) as unknown as E[];
    }

    @Query(() => ListMetadata, { name: `_all${plural}Meta` })
    async meta(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => def.filter, { nullable: true }) filter: Input | null, @Ctx() ctx: Context): Promise<ListMetadata> {
      assertCan(ctx, 'list', resource);
      listOptions(def, args, false);
      return { count: await countRows(ctx, def.entity.name, await visible(def, whereOf(def, filter, ctx), ctx)) };
    }

    @Query(() => def.entity, { name, nullable: true, description: `null when it does not exist or the viewer may not see it (ROLE-4)` })
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<E | null> {
      assertCan(ctx, 'show', resource);
      const where = await visible(def, { id } as FilterQuery<E>, ctx);
      const [row] = await readRows(ctx, def.entity.name, selectionOf(info, ctx.em.getMetadata().get(def.entity.name)), where, { limit: 1 });
      return (row ?? null) as E | null;
    }
  }
  const resolvers: ClassType[] = [ReadResolver];

  const create = def.create;
  if (create !== undefined) {
    const { args: createArgs } = create;
    @Resolver(() => def.entity)
    class CreateResolver {
      @Mutation(() => def.entity, { name: `create${name}` })
      async create(@Args(() => createArgs) input: Input, @Ctx() ctx: Context): Promise<E> {
        assertCan(ctx, 'create', resource);
        if (create!.unitOf) assertCan(ctx, 'create', resource, await create!.unitOf(input, ctx));
        const entity = await create!.build(input, ctx);
        assertCan(ctx, 'create', resource, unitOf(def, entity));
        ctx.em.persist(entity);
        await ctx.em.flush();
        return entity;
      }
    }
    resolvers.push(CreateResolver);
  }

  const update = def.update;
  if (update !== undefined) {
    const { args: updateArgs } = update;
    @Resolver(() => def.entity)
    class UpdateResolver {
      @Mutation(() => def.entity, { name: `update${name}` })
      async update(@Arg('id', () => ID) id: string, @Args(() => updateArgs) input: Input, @Ctx() ctx: Context): Promise<E> {
        assertCan(ctx, 'edit', resource);
        const entity = await findVisible(ctx.em, def.entity, id);
        if (!entity) throw new NotFoundError(name, id);
        assertCan(ctx, 'edit', resource, unitOf(def, entity));
        const version = input.version as number | null | undefined;
        if (version != null && version !== entity.version) {
          throw new ConflictError(
            `${name} ${id} was changed by someone else (version ${entity.version}, yours ${version}); reload and try again.`,
            `该记录已被他人修改(当前版本 ${entity.version}，您的版本 ${version})，请刷新后重试`,
          );
        }
        const { version: _version, ...changes } = input;
        await update!.apply(entity, changes, ctx);
        await ctx.em.flush();
        return entity;
      }
    }
    resolvers.push(UpdateResolver);
  }

  const remove = def.remove;
  if (remove) {
    @Resolver(() => def.entity)
    class DeleteResolver {
      @Mutation(() => def.entity, { name: `delete${name}` })
      async remove(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<E> {
        assertCan(ctx, 'delete', resource);
        const entity = await findVisible(ctx.em, def.entity, id);
        if (!entity) throw new NotFoundError(name, id);
        assertCan(ctx, 'delete', resource, unitOf(def, entity));
        await remove!.check(entity, ctx);
        const snapshot = Object.assign(Object.create(Object.getPrototypeOf(entity)) as E, entity);
        ctx.em.remove(entity);
        await ctx.em.flush();
        return snapshot as E;
      }
    }
    resolvers.push(DeleteResolver);
  }
  return resolvers;
}

/** Only the keys the caller actually sent (GraphQL leaves absent optional args undefined). */
export function given<T extends Input>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
