import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConflictError, Problems, Role as RoleV, type Role as RoleT } from '@liangwei/domain';
import { Role } from '../graphql/enums';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { hashPassword } from '../auth/password';
import { text } from '../common/dates';
import { Unit } from '../org/unit.entity';
import { User } from './user.entity';

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => Role, { nullable: true }) role?: RoleT;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
  @Field(() => String, { nullable: true, description: 'the person’s name as shown (e.g. 张建国)' }) displayName?: string | null;
  @Field(() => Role) role!: RoleT;
  @Field(() => ID, { nullable: true, description: 'required for UNIT_USER, empty otherwise' }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true }) piiGranted?: boolean | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true, description: 'a new password' }) password?: string | null;
  @Field(() => String, { nullable: true, description: 'the person’s name as shown; empty shows the username' }) displayName?: string | null;
  @Field(() => Role, { nullable: true }) role?: RoleT;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true }) piiGranted?: boolean | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,31}$/;
export const MIN_PASSWORD_LENGTH = 8;

async function unitOf(unitId: unknown, ctx: Context): Promise<Unit | null> {
  if (unitId == null || unitId === '') return null;
  const unit = await findVisible(ctx.em, Unit, String(unitId));
  if (!unit) throw badReference('unitId', 'unit', '单位');
  return unit;
}

/** ROLE-3 a unit user has a unit; subdistrict roles have none. */
function checkUser(user: User, password: string | null | undefined, problems = new Problems()): void {
  problems.check(USERNAME.test(user.username), 'username', '3 to 32 lower-case letters, digits, _ . or -', '用户名应为 3 至 32 位小写字母、数字、_ . 或 -');
  if (password != null) problems.check(password.length >= MIN_PASSWORD_LENGTH, 'password', `at least ${MIN_PASSWORD_LENGTH} characters`, `密码不能少于 ${MIN_PASSWORD_LENGTH} 位`);
  if (user.role === RoleV.UNIT_USER) problems.check(user.unit != null, 'unitId', 'a unit user needs a unit', '村(社区)用户须指定所属单位');
  else problems.check(user.unit == null, 'unitId', 'only unit users have a unit', '只有村(社区)用户才能指定所属单位');
  problems.throwIfAny();
}

/** Users: subdistrict admins only (API.md); a password is never readable. */
export const userResource: ResourceDef<User> = {
  name: 'User',
  plural: 'Users',
  resource: 'users',
  entity: User,
  filter: UserFilter,
  searchFields: ['username', 'displayName'],
  sortFields: ['username', 'displayName', 'role', 'unitId', 'active', 'lastLoginAt', 'createdAt'],
  sortColumns: { displayName: 'nameSort' },
  defaultSort: { field: 'username', order: 'ASC' },
  create: {
    args: CreateUserArgs,
    async build(input, ctx) {
      const user = Object.assign(new User(), {
        username: String(input.username).trim().toLowerCase(),
        displayName: text(input.displayName),
        role: input.role as RoleT,
        unit: await unitOf(input.unitId, ctx),
        piiGranted: input.piiGranted === true,
      });
      checkUser(user, String(input.password));
      user.passwordHash = await hashPassword(String(input.password));
      return user;
    },
  },
  update: {
    args: UpdateUserArgs,
    async apply(user, input, ctx) {
      const before = { role: user.role, unitId: user.unit?.id ?? null, active: user.active };
      if (input.displayName !== undefined) user.displayName = text(input.displayName);
      if (input.role != null) user.role = input.role as RoleT;
      if (input.unitId !== undefined) user.unit = await unitOf(input.unitId, ctx);
      if (input.piiGranted != null) user.piiGranted = input.piiGranted === true;
      if (input.active != null) user.active = input.active === true;
      // An admin cannot lock themselves out.
      if (user.id === ctx.userId && (user.role !== RoleV.SUBDISTRICT_ADMIN || !user.active)) {
        throw new ConflictError('You cannot remove your own admin role or deactivate yourself.', '不能取消自己的管理员角色或停用自己的账号');
      }
      const password = input.password == null || input.password === '' ? null : String(input.password);
      checkUser(user, password);
      if (password) user.passwordHash = await hashPassword(password);
      // A new password, role or unit, or a deactivation: every token issued before is refused at once.
      if (password || user.role !== before.role || (user.unit?.id ?? null) !== before.unitId || user.active !== before.active) user.tokenVersion += 1;
    },
  },
};
