import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { NotFoundError, Problems } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { Cadre } from '../cadre/cadre.entity';
import { evidenceSections, evidenceTitle } from './evidence';

@ObjectType({ description: 'TGT-5 one piece of evidence' })
export class EvidenceItem {
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => String, { description: 'what it is, in Chinese' }) title!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field(() => String, { nullable: true, description: 'the state in words, never a code' }) status!: string | null;
}

@ObjectType({ description: 'TGT-5 a section of the evidence: its stable key, its Chinese title, its items' })
export class EvidenceSection {
  @Field(() => String, { description: 'stable key (the console labels the section by it)' }) key!: string;
  @Field(() => String, { description: 'the title in Chinese' }) title!: string;
  @Field(() => [EvidenceItem]) items!: EvidenceItem[];
}

@ObjectType({ description: "TGT-5 the evidence for judging a cadre's year" })
export class CadreEvidence {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Int) year!: number;
  @Field(() => [EvidenceSection], { description: 'every registered section, in order (a section without items is listed empty)' }) sections!: EvidenceSection[];
}

@Resolver()
export class EvidenceResolver {
  /**
   * TGT-5 The evidence of a cadre's year, gathered from every registered section in order: duties
   * and commitments, inspections, duty reports and 三评, cases, the thousand-point result. A cadre
   * the viewer may not see is NOT_FOUND (ROLE-4), like one that does not exist.
   */
  @Query(() => CadreEvidence)
  async cadreEvidence(@Arg('cadreId', () => ID) cadreId: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<CadreEvidence> {
    assertCan(ctx, 'show', 'cadres');
    new Problems().check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间').throwIfAny();
    const cadre = await findVisible(ctx.em, Cadre, cadreId);
    if (!cadre) throw new NotFoundError('Cadre', cadreId, '未找到该干部');
    const ref = { id: cadre.id, unitId: cadre.unit.id };
    const sections: EvidenceSection[] = [];
    // one section after another: they share the request's connection and unit of work
    for (const source of evidenceSections()) {
      const items = await source.load(ctx, ref, year);
      sections.push({ key: source.key, title: evidenceTitle(source), items: items.map((i) => ({ date: i.date, title: i.title, detail: i.detail, status: i.status })) });
    }
    return { cadre, year, sections };
  }
}
