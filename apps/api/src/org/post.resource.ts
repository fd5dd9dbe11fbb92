import { ArgsType, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { ConflictError, Problems, defaultPolicy, isMainLeaderTitle, postTitleLabels, enumValues, type PostTitle as PostTitleT } from '@liangwei/domain';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { Appointment } from '../cadre/appointment.entity';
import { Post } from './post.entity';
import { Unit } from './unit.entity';

@InputType()
export class PostFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => String, { nullable: true }) title?: PostTitleT;
  @Field(() => Boolean, { nullable: true }) isMainLeader?: boolean;
}

@ArgsType()
export class CreatePostArgs {
  @Field(() => ID) unitId!: string;
  @Field(() => String, { description: 'a PostTitle code' }) title!: PostTitleT;
  @Field(() => String, { nullable: true }) name?: string;
}

@ArgsType()
export class UpdatePostArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true, description: 'a PostTitle code' }) title?: PostTitleT;
  @Field(() => String, { nullable: true }) name?: string;
}

function mainLeaderTitles(): PostTitleT[] {
  return enumValues(postTitleLabels).filter((t: PostTitleT) => isMainLeaderTitle(t, defaultPolicy.mainLeaderIncludesDirector));
}

/** ORG-4 the title must be one of the post titles */
function checkTitle(title: unknown): PostTitleT {
  const titles = enumValues(postTitleLabels);
  new Problems()
    .check(titles.includes(title as PostTitleT), 'title', `one of ${titles.join(', ')}`, `职务须为以下之一：${titles.map((t) => postTitleLabels[t].zh).join('、')}`)
    .throwIfAny();
  return title as PostTitleT;
}

function checkName(name: string): void {
  new Problems().check(name.length > 0 && name.length <= 100, 'name', 'a name of 1 to 100 characters is required', '岗位名称不能为空，且不超过 100 个字').throwIfAny();
}

/** ORG-4 Posts of a unit's team; a unit keeps its own roster (ROLE-3). */
export const postResource: ResourceDef<Post> = {
  name: 'Post',
  plural: 'Posts',
  resource: 'posts',
  entity: Post,
  filter: PostFilter,
  searchFields: ['name'],
  sortFields: ['unitId', 'title', 'name', 'createdAt'],
  defaultSort: { field: 'unitId', order: 'ASC' },
  computed: { isMainLeader: ['title'], reserve: ['id'] },
  customFilters: {
    isMainLeader: (value: boolean) => ({ title: value ? { $in: mainLeaderTitles() } : { $nin: mainLeaderTitles() } }),
  },
  create: {
    args: CreatePostArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '单位');
      const title = checkTitle(input.title);
      const name = input.name != null ? String(input.name).trim() : postTitleLabels[title].zh;
      checkName(name);
      return Object.assign(new Post(), { unit, title, name });
    },
  },
  update: {
    args: UpdatePostArgs,
    apply(post, input) {
      if (input.title != null) post.title = checkTitle(input.title);
      if (input.name != null) post.name = String(input.name).trim();
      checkName(post.name);
    },
  },
  remove: {
    /** A post that was ever held keeps its history: it cannot be deleted. */
    async check(post, ctx) {
      const held = await ctx.em.count(Appointment, { post });
      if (held > 0) throw new ConflictError(`Post ${post.name} has ${held} appointment(s) in its history and cannot be deleted.`, `岗位“${post.name}”有 ${held} 条任职记录，不能删除`);
    },
  },
};

@Resolver(() => Post)
export class PostFieldsResolver {
  /** ORG-4 the Party secretary (policy parameter: also the director) */
  @FieldResolver(() => Boolean)
  isMainLeader(@Root() post: Pick<Post, 'title'>): boolean {
    return isMainLeaderTitle(post.title, defaultPolicy.mainLeaderIncludesDirector);
  }
}
