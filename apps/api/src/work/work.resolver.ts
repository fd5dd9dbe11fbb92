import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { workSources } from './work';
import './sources';

@ObjectType({ description: 'A kind of pending work for the signed-in person ("My work")' })
export class WorkItem {
  @Field(() => String, { description: 'stable key of the source' }) key!: string;
  @Field(() => String, { description: 'what waits, in Chinese' }) label!: string;
  @Field(() => String, { description: 'what waits, in English' }) labelEn!: string;
  @Field(() => Int, { description: 'how many records wait (the viewer’s scope applied)' }) count!: number;
  @Field(() => String, { description: 'the console page that shows them with their action' }) link!: string;
}

@Resolver()
export class WorkResolver {
  /** The kinds of pending work of the viewer's role, each with how many wait in the viewer's scope; in registration order. */
  @Query(() => [WorkItem])
  async myWork(@Ctx() ctx: Context): Promise<WorkItem[]> {
    const viewer = requireViewer(ctx);
    const mine = workSources().filter((s) => s.roles.includes(viewer.role));
    const items: WorkItem[] = [];
    // one statement after the other: the request's connection runs them in turn anyway
    for (const source of mine) {
      items.push({ key: source.key, label: source.label.zh, labelEn: source.label.en, count: await source.count(ctx), link: source.link });
    }
    return items;
  }
}
