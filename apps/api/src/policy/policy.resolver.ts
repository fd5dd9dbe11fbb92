import { Arg, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Problems, YEARLY_FIGURES, policyParameters, policyRangeProblem, type PolicyKey } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { PolicyValue } from './policy.entity';
import { policyFor } from './policy.service';

@ObjectType({ description: 'A policy parameter of a year: its value, default and the rules it feeds' })
export class PolicyParameterRow {
  @Field(() => Int) year!: number;
  @Field(() => String) key!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) defaultValue!: number;
  @Field(() => Boolean) isDefault!: boolean;
  @Field(() => String, { description: 'yuan | ratio | years | points | count | flag' }) unit!: string;
  @Field(() => [String]) rules!: string[];
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean, { description: 'a yearly figure that has to be entered (0 = not yet)' }) yearlyFigure!: boolean;
}

const asNumber = (v: number | boolean) => (typeof v === 'boolean' ? Number(v) : v);

@Resolver()
export class PolicyResolver {
  /** The year's parameters with their defaults and rule IDs. */
  @Query(() => [PolicyParameterRow])
  async policyParameters(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<PolicyParameterRow[]> {
    assertCan(ctx, 'list', 'policyParameters');
    const values = await policyFor(ctx.em, year);
    return policyParameters.map((p) => {
      const value = asNumber(values[p.key as PolicyKey]);
      return { year, key: p.key, value, defaultValue: asNumber(p.default), isDefault: value === asNumber(p.default), unit: p.unit, rules: [...p.rules], labelZh: p.label.zh, labelEn: p.label.en, yearlyFigure: YEARLY_FIGURES.includes(p.key) };
    });
  }

  /** Sets a parameter for a year; `value: null` returns it to the default. */
  @Mutation(() => PolicyParameterRow)
  async setPolicyParameter(@Arg('year', () => Int) year: number, @Arg('key', () => String) key: string, @Arg('value', () => Float, { nullable: true }) value: number | null, @Ctx() ctx: Context): Promise<PolicyParameterRow> {
    assertCan(ctx, 'edit', 'policyParameters');
    const def = policyParameters.find((p) => p.key === key);
    const keys = policyParameters.map((p) => p.key).join(', ');
    const problems = new Problems().check(!!def, 'key', `unknown parameter; one of ${keys}`, `未知的参数，应为以下之一：${keys}`);
    problems.check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间');
    if (def && value != null) {
      // each parameter's range is declared with it in the domain; the rules it feeds name it
      const problem = policyRangeProblem(key, value);
      if (problem) problems.add(problem.field, problem.message, problem.messageZh);
    }
    problems.throwIfAny();
    const existing = await ctx.em.findOne(PolicyValue, { year, key });
    if (value == null) {
      if (existing) ctx.em.remove(existing);
    } else if (existing) {
      existing.value = value;
    } else {
      ctx.em.persist(Object.assign(new PolicyValue(), { year, key, value }));
    }
    await ctx.em.flush();
    return (await this.policyParameters(year, ctx)).find((r) => r.key === key)!;
  }
}
