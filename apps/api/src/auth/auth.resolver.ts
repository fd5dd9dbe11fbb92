import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { User } from '../users/user.entity';
import type { Context } from '../graphql/context';
import { UNIT_SCOPE } from '../db/scope';
import { currentActor } from '../db/request-context';
import { assertCan } from '../resource/resource';
import { LoginThrottle } from './login-throttle.entity';
import { normalUsername } from './auth.service';

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

  /**
   * Clears the login delays of a username at every address, so its user can log in again at
   * once; true when there was something to clear. Subdistrict admins only; audited.
   */
  @Mutation(() => Boolean, { description: "Clears the login delays of a username at every address (subdistrict admins; audited); true when there was one." })
  async clearLoginThrottle(@Arg('username', () => String) username: string, @Ctx() ctx: Context): Promise<boolean> {
    assertCan(ctx, 'edit', 'users');
    const rows = await ctx.em.find(LoginThrottle, { username: normalUsername(username).slice(0, 64) });
    if (rows.length === 0) return false;
    ctx.em.remove(rows);
    await ctx.em.flush();
    return true;
  }

  /** The logged-in user, or null without a valid token. */
  @Query(() => User, { nullable: true })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.userId) return null;
    return ctx.em.findOne(User, { id: ctx.userId }, { filters: { [UNIT_SCOPE]: false }, populate: ['unit'] });
  }
}
