import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { comparePostsOfficially, type IsoDate } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertWithinTimeLimit } from '../limits/time-limit';
import { declareComputedFields } from '../resource/projection';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { ReserveCandidate, SuccessionPair } from '../reserve/reserve.entities';

/**
 * ORG-3 ORG-4 SEL-2 The nested relations analysts expect (`Unit.posts`, `Unit.currentTeam`,
 * `Unit.cadres`, `Cadre.appointments`, `Post.currentHolder`): each read in batches through a
 * per-request loader on the request's scoped EntityManager — one statement per relation level
 * whatever the number of parents, the unit scope of a unit user applied by the ORM's filter
 * (ROLE-3/4), personal data masked by the cadre's field resolvers (ROLE-2). Each list counts in
 * the query's cost as an unpaged list (limits/query-limits.ts).
 */

@ObjectType({ description: 'ORG-3 a seat of a unit’s team on a date: the post, who holds it since when (or vacant), and its paired reserve (RES-1)' })
export class TeamSeat {
  @Field(() => Post) post!: Post;
  @Field(() => ID) postId!: string;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Boolean) vacant!: boolean;
  @Field(() => Cadre, { nullable: true }) holder!: Cadre | null;
  @Field(() => Appointment, { nullable: true, description: 'the appointment open on the date' }) appointment!: Appointment | null;
  @Field(() => DateScalar, { nullable: true, description: 'since when the holder holds the post' }) since!: string | null;
  @Field(() => ReserveCandidate, { nullable: true, description: 'RES-1 the reserve paired with the post on the date' }) reserve!: ReserveCandidate | null;
  @Field(() => SuccessionPair, { nullable: true }) pair!: SuccessionPair | null;
}

type Key = string;
const SEP = '\u0000';
const dated = (asOf: string, id: string): Key => `${asOf}${SEP}${id}`;

/** Keys `asOf␀id` grouped by date: one statement per date asked for (a request asks for one, usually). */
function byDate(keys: readonly Key[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [asOf, id] = key.split(SEP) as [string, string];
    groups.set(asOf, [...(groups.get(asOf) ?? []), id]);
  }
  return groups;
}

function openOn(asOf: string) {
  return { startDate: { $lte: asOf }, $or: [{ endDate: null }, { endDate: { $gt: asOf } }] };
}

class RelationLoaders {
  constructor(private readonly em: EntityManager) {}

  private find<T extends object>(entity: new () => T, where: object, options: object = {}): Promise<T[]> {
    assertWithinTimeLimit(this.em);
    return this.em.find(entity, where as never, options as never) as Promise<T[]>;
  }

  /** ORG-4 posts per unit, in official order */
  readonly posts = new DataLoader<string, Post[]>(async (unitIds) => {
    const posts = await this.find(Post, { unit: { $in: [...unitIds] } });
    const byUnit = new Map<string, Post[]>();
    for (const post of posts) byUnit.set(post.unit.id, [...(byUnit.get(post.unit.id) ?? []), post]);
    return unitIds.map((id) => (byUnit.get(id) ?? []).sort(comparePostsOfficially));
  });

  /** SEL-1 cadres per unit, by name (pinyin: the stored sort key) and id */
  readonly cadres = new DataLoader<string, Cadre[]>(async (unitIds) => {
    const cadres = await this.find(Cadre, { unit: { $in: [...unitIds] } }, { orderBy: { nameSort: 'asc', id: 'asc' } });
    const byUnit = new Map<string, Cadre[]>();
    for (const cadre of cadres) byUnit.set(cadre.unit.id, [...(byUnit.get(cadre.unit.id) ?? []), cadre]);
    return unitIds.map((id) => byUnit.get(id) ?? []);
  });

  /**
   * SEL-2 appointments per cadre, the latest first (the history is never deleted), each with its
   * post in the same statement: whether a post was already loaded by another field of the request
   * would otherwise decide, by timing alone, whether one more statement runs.
   */
  readonly appointments = new DataLoader<string, Appointment[]>(async (cadreIds) => {
    const appointments = await this.find(Appointment, { cadre: { $in: [...cadreIds] } }, { orderBy: { startDate: 'desc', id: 'asc' }, populate: ['post'], strategy: 'joined' });
    const byCadre = new Map<string, Appointment[]>();
    for (const a of appointments) byCadre.set(a.cadre.id, [...(byCadre.get(a.cadre.id) ?? []), a]);
    return cadreIds.map((id) => byCadre.get(id) ?? []);
  });

  /** SEL-2 the appointment of each post open on a date, with its cadre (one holder at a time) */
  readonly openAppointment = new DataLoader<Key, Appointment | null>(async (keys) => {
    const found = new Map<Key, Appointment>();
    for (const [asOf, postIds] of byDate(keys)) {
      const rows = await this.find(Appointment, { post: { $in: postIds }, ...openOn(asOf) }, { populate: ['cadre'], strategy: 'joined' });
      for (const a of rows) found.set(dated(asOf, a.post.id), a);
    }
    return keys.map((key) => found.get(key) ?? null);
  });

  /** RES-1 the pair of each post active on a date, with its reserve and the reserve's cadre */
  readonly activePair = new DataLoader<Key, SuccessionPair | null>(async (keys) => {
    const found = new Map<Key, SuccessionPair>();
    for (const [asOf, postIds] of byDate(keys)) {
      const rows = await this.find(
        SuccessionPair,
        { post: { $in: postIds }, pairedOn: { $lte: asOf }, $or: [{ releasedOn: null }, { releasedOn: { $gt: asOf } }] },
        { populate: ['reserveCandidate', 'reserveCandidate.cadre'], strategy: 'joined' },
      );
      for (const p of rows) found.set(dated(asOf, p.post.id), p);
    }
    return keys.map((key) => found.get(key) ?? null);
  });
}

const perRequest = new WeakMap<EntityManager, RelationLoaders>();

function loadersOf(ctx: Context): RelationLoaders {
  let loaders = perRequest.get(ctx.em);
  if (!loaders) perRequest.set(ctx.em, (loaders = new RelationLoaders(ctx.em)));
  return loaders;
}

// the read path selects only the key for these computed fields
declareComputedFields('Unit', { posts: ['id'], cadres: ['id'], currentTeam: ['id'] });
declareComputedFields('Cadre', { appointments: ['id'] });
declareComputedFields('Post', { currentHolder: ['id'], currentAppointment: ['id'] });

type WithId = { id: string };

@Resolver(() => Unit)
export class UnitRelationsResolver {
  @FieldResolver(() => [Post], { description: 'ORG-4 the unit’s posts in official order (党组织书记 first)' })
  posts(@Root() unit: WithId, @Ctx() ctx: Context): Promise<Post[]> {
    return loadersOf(ctx).posts.load(unit.id);
  }

  @FieldResolver(() => [Cadre], { description: 'SEL-1 the unit’s cadres, by name' })
  cadres(@Root() unit: WithId, @Ctx() ctx: Context): Promise<Cadre[]> {
    return loadersOf(ctx).cadres.load(unit.id);
  }

  @FieldResolver(() => [TeamSeat], { description: 'ORG-3 the team on a date (default today): each post in official order with its holder since when, or vacant, and its paired reserve' })
  async currentTeam(@Root() unit: WithId, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: Context): Promise<TeamSeat[]> {
    const date = (asOf ?? ctx.today) as IsoDate;
    const loaders = loadersOf(ctx);
    const posts = await loaders.posts.load(unit.id);
    const [appointments, pairs] = await Promise.all([
      loaders.openAppointment.loadMany(posts.map((p) => dated(date, p.id))),
      loaders.activePair.loadMany(posts.map((p) => dated(date, p.id))),
    ]);
    return posts.map((post, i) => {
      const appointment = appointments[i] instanceof Error ? null : (appointments[i] as Appointment | null);
      const pair = pairs[i] instanceof Error ? null : (pairs[i] as SuccessionPair | null);
      return {
        post,
        postId: post.id,
        asOf: date,
        vacant: !appointment,
        holder: appointment?.cadre ?? null,
        appointment: appointment ?? null,
        since: appointment?.startDate ?? null,
        reserve: pair?.reserveCandidate ?? null,
        pair: pair ?? null,
      };
    });
  }
}

@Resolver(() => Cadre)
export class CadreRelationsResolver {
  @FieldResolver(() => [Appointment], { description: 'SEL-2 the cadre’s appointments, the latest first' })
  appointments(@Root() cadre: WithId, @Ctx() ctx: Context): Promise<Appointment[]> {
    return loadersOf(ctx).appointments.load(cadre.id);
  }
}

@Resolver(() => Post)
export class PostRelationsResolver {
  @FieldResolver(() => Cadre, { nullable: true, description: 'SEL-2 who holds the post on a date (default today); null when vacant' })
  async currentHolder(@Root() post: WithId, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: Context): Promise<Cadre | null> {
    const appointment = await loadersOf(ctx).openAppointment.load(dated(asOf ?? ctx.today, post.id));
    return appointment?.cadre ?? null;
  }

  @FieldResolver(() => Appointment, { nullable: true, description: 'SEL-2 the appointment open on a date (default today): holder and since when' })
  currentAppointment(@Root() post: WithId, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: Context): Promise<Appointment | null> {
    return loadersOf(ctx).openAppointment.load(dated(asOf ?? ctx.today, post.id));
  }
}
