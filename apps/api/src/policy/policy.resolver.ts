import { Arg, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Problems, YEARLY_FIGURES, defaultPolicy, policyConsistencyProblems, policyParameters, policyRangeProblem, type PolicyKey, type PolicyValues } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { PolicyValue } from './policy.entity';
import { policyFor } from './policy.service';

/** The argument a consistency problem between several parameters set at once is reported on. */
const VALUES_FIELD = 'values';

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

@InputType({ description: 'a parameter and its value (null: back to the default)' })
export class PolicyParameterInput {
  @Field(() => String) key!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
}

/** The year's values as they would be after these changes (null: the default). */
function withChanges(values: PolicyValues, changes: readonly { key: string; value: number | null }[]): PolicyValues {
  const next: Record<string, number | boolean> = { ...values };
  for (const { key, value } of changes) {
    const def = policyParameters.find((p) => p.key === key);
    if (!def) continue;
    next[key] = value == null ? defaultPolicy[key as PolicyKey] : typeof def.default === 'boolean' ? value !== 0 : value;
  }
  return next as PolicyValues;
}

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

  /** Sets a parameter for a year; `value: null` returns it to the default. The year's parameters must stay consistent (TGT-4: the three 三评 weights sum to 1). */
  @Mutation(() => PolicyParameterRow)
  async setPolicyParameter(@Arg('year', () => Int) year: number, @Arg('key', () => String) key: string, @Arg('value', () => Float, { nullable: true }) value: number | null, @Ctx() ctx: Context): Promise<PolicyParameterRow> {
    await this.apply(year, [{ key, value }], false, ctx);
    return (await this.policyParameters(year, ctx)).find((r) => r.key === key)!;
  }

  /**
   * Sets several parameters of a year at once (e.g. TGT-4 the three 三评 weights, which must sum to
   * 1 together); all or nothing. Returns the year's parameters.
   */
  @Mutation(() => [PolicyParameterRow])
  async setPolicyParameters(@Arg('year', () => Int) year: number, @Arg('values', () => [PolicyParameterInput]) values: PolicyParameterInput[], @Ctx() ctx: Context): Promise<PolicyParameterRow[]> {
    await this.apply(year, values.map((v) => ({ key: v.key, value: v.value ?? null })), true, ctx);
    return this.policyParameters(year, ctx);
  }

  /** Checks and stores changes of a year's parameters in one flush; a problem names `key` / `value`, or `values.<i>.key` for several. */
  private async apply(year: number, changes: { key: string; value: number | null }[], several: boolean, ctx: Context): Promise<void> {
    assertCan(ctx, 'edit', 'policyParameters');
    const keys = policyParameters.map((p) => p.key).join(', ');
    const problems = new Problems();
    const at = (i: number, field: string) => (several ? `values.${i}.${field}` : field);
    problems.check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间');
    problems.check(changes.length > 0, 'values', 'give at least one parameter', '请至少填写一个参数');
    changes.forEach(({ key, value }, i) => {
      const def = policyParameters.find((p) => p.key === key);
      problems.check(!!def, at(i, 'key'), `unknown parameter; one of ${keys}`, `未知的参数，应为以下之一：${keys}`);
      problems.check(changes.findIndex((c) => c.key === key) === i, at(i, 'key'), 'given twice', '同一参数不能重复填写');
      if (def && value != null) {
        // each parameter's range is declared with it in the domain; the rules it feeds name it
        const problem = policyRangeProblem(key, value);
        if (problem) problems.add(at(i, problem.field), problem.message, problem.messageZh);
      }
    });
    problems.throwIfAny();
    // rules between parameters, on the year's values as they would be after the change
    const consistencyField = (field: string) => (several ? VALUES_FIELD : field);
    for (const p of policyConsistencyProblems(withChanges(await policyFor(ctx.em, year), changes))) {
      problems.add(consistencyField(p.field), p.message, p.messageZh);
    }
    problems.throwIfAny();
    const stored = await ctx.em.find(PolicyValue, { year, key: { $in: changes.map((c) => c.key) } });
    for (const { key, value } of changes) {
      const existing = stored.find((row) => row.key === key);
      if (value == null) {
        if (existing) ctx.em.remove(existing);
      } else if (existing) {
        existing.value = value;
      } else {
        ctx.em.persist(Object.assign(new PolicyValue(), { year, key, value }));
      }
    }
    await ctx.em.flush();
  }
}
