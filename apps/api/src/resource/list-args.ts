import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

/** Paging and sorting of every `allXs` / `_allXsMeta` (ra-data-graphql-simple's convention; `page` is zero-based). */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: 'default 25, at most 1000' })
  perPage?: number | null;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true, description: 'ASC or DESC' })
  sortOrder?: string | null;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const DEFAULT_PER_PAGE = 25;
/** Lists are bounded: no page holds more than this (the console's export uses it). */
export const MAX_PER_PAGE = 1000;
