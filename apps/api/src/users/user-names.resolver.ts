import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Problems, Role } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { UNIT_SCOPE } from '../db/scope';
import { User } from './user.entity';

@ObjectType({ description: 'How a user is shown where records name them (handlers, confirmations, the audit log)' })
export class UserName {
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'the display name, or the username when the user has none' }) name!: string;
}

/** At most this many usernames per call (a page of records names a few handlers). */
export const MAX_USER_NAMES = 200;

@Resolver()
export class UserNamesResolver {
  /**
   * The names to show for usernames stored on records (经办人, 确认人, 检查人 …), for every signed-in
   * viewer. A unit user gets the names of its own unit's users and of the subdistrict's staff only
   * (ROLE-3: nothing of another unit); unknown usernames are left out.
   */
  @Query(() => [UserName])
  async userNames(@Arg('usernames', () => [String]) usernames: string[], @Ctx() ctx: Context): Promise<UserName[]> {
    const viewer = requireViewer(ctx);
    new Problems().check(usernames.length <= MAX_USER_NAMES, 'usernames', `at most ${MAX_USER_NAMES} usernames`, `一次最多查询 ${MAX_USER_NAMES} 个用户名`).throwIfAny();
    const wanted = [...new Set(usernames.map((u) => u.trim().toLowerCase()).filter(Boolean))];
    if (wanted.length === 0) return [];
    const scope = viewer.role === Role.UNIT_USER ? { $or: [{ unit: viewer.unitId ?? '-' }, { unit: null }] } : {};
    const users = await ctx.em.find(User, { username: { $in: wanted }, ...scope }, { filters: { [UNIT_SCOPE]: false }, fields: ['username', 'displayName'] });
    return users.map((u) => ({ username: u.username, name: u.displayName || u.username }));
  }
}
