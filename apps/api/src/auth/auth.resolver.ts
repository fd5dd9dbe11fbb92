import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { User } from '../users/user.entity';
import type { Context } from '../graphql/context';
import { UNIT_SCOPE } from '../db/scope';
import { currentActor } from '../db/request-context';

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  /** Wrong credentials → UNAUTHENTICATED with the same message whether the user exists or not. */
  @Mutation(() => AuthPayload)
  async login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const result = await ctx.auth.login(ctx.em, username, password, ctx.ip, ctx.now);
    // the audit entry of a login names the user who logged in, not 'anonymous'
    const actor = currentActor();
    if (actor) Object.assign(actor, { userId: result.user.id, username: result.user.username });
    result.user.lastLoginAt = ctx.now;
    await ctx.em.flush();
    return result;
  }

  /** The logged-in user, or null without a valid token. */
  @Query(() => User, { nullable: true })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.userId) return null;
    return ctx.em.findOne(User, { id: ctx.userId }, { filters: { [UNIT_SCOPE]: false }, populate: ['unit'] });
  }
}
