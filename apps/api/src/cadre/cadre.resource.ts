import type { FilterQuery } from '@mikro-orm/core';
import { ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { ageOn, canSeePii, checkCadreFacts, checkCadreFormFacts, type Education as EducationT, type Gender as GenderT, type PoliticalStatus as PoliticalStatusT } from '@liangwei/domain';
import { Education, Gender, PoliticalStatus } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { piiValue } from '../graphql/pii';
import { isProjected, unmasked } from '../resource/projection';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { Unit } from '../org/unit.entity';
import { Cadre } from './cadre.entity';

/** The appointment form's fields of a cadre (干部任免审批表): edited like the others, read and written by the .lrmx exchange. */
export const CADRE_FORM_FIELDS = ['nativePlace', 'birthplace', 'partyEntryDate', 'workStartDate', 'healthStatus', 'technicalTitle', 'specialty', 'fullTimeEducation', 'fullTimeDegree', 'fullTimeSchool', 'inServiceEducation', 'inServiceDegree', 'inServiceSchool', 'rewardsAndPunishments'] as const;

@InputType()
export class CadreFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'searches the name' }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => Gender, { nullable: true }) gender?: GenderT;
  @Field(() => Education, { nullable: true }) education?: EducationT;
  @Field(() => PoliticalStatus, { nullable: true }) politicalStatus?: PoliticalStatusT;
  @Field(() => Boolean, { nullable: true }) isCollegeGraduateOfficial?: boolean;
  @Field(() => DateScalar, { nullable: true }) birthDate_lt?: string;
  @Field(() => DateScalar, { nullable: true }) birthDate_lte?: string;
  @Field(() => DateScalar, { nullable: true }) birthDate_gt?: string;
  @Field(() => DateScalar, { nullable: true }) birthDate_gte?: string;
}

@ArgsType()
class CadreFields {
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => Education, { nullable: true }) education?: EducationT | null;
  @Field(() => PoliticalStatus, { nullable: true }) politicalStatus?: PoliticalStatusT | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => Boolean, { nullable: true }) isCollegeGraduateOfficial?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) nativePlace?: string | null;
  @Field(() => String, { nullable: true }) birthplace?: string | null;
  @Field(() => String, { nullable: true }) partyEntryDate?: string | null;
  @Field(() => String, { nullable: true }) workStartDate?: string | null;
  @Field(() => String, { nullable: true }) healthStatus?: string | null;
  @Field(() => String, { nullable: true }) technicalTitle?: string | null;
  @Field(() => String, { nullable: true }) specialty?: string | null;
  @Field(() => String, { nullable: true }) fullTimeEducation?: string | null;
  @Field(() => String, { nullable: true }) fullTimeDegree?: string | null;
  @Field(() => String, { nullable: true }) fullTimeSchool?: string | null;
  @Field(() => String, { nullable: true }) inServiceEducation?: string | null;
  @Field(() => String, { nullable: true }) inServiceDegree?: string | null;
  @Field(() => String, { nullable: true }) inServiceSchool?: string | null;
  @Field(() => String, { nullable: true }) rewardsAndPunishments?: string | null;
}

@ArgsType()
export class CreateCadreArgs extends CadreFields {
  @Field(() => ID) unitId!: string;
  @Field(() => String) name!: string;
  @Field(() => Gender) gender!: GenderT;
  @Field(() => DateScalar) birthDate!: string;
}

@ArgsType()
export class UpdateCadreArgs extends CadreFields {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Gender, { nullable: true }) gender?: GenderT;
  @Field(() => DateScalar, { nullable: true }) birthDate?: string;
}

const EDITABLE = ['name', 'gender', 'birthDate', 'ethnicity', 'education', 'politicalStatus', 'phone', 'idNumber', 'isCollegeGraduateOfficial', 'note', ...CADRE_FORM_FIELDS] as const;

/** Applies the given fields (an empty string clears an optional text) and validates the result (SEL-1). */
function applyFields(cadre: Cadre, input: Record<string, unknown>, today: string): void {
  for (const key of EDITABLE) {
    if (input[key] === undefined) continue;
    let value = input[key];
    if (typeof value === 'string') value = value.trim() === '' ? null : value.trim();
    if (key === 'idNumber' && typeof value === 'string') value = value.toUpperCase();
    if (key === 'isCollegeGraduateOfficial') value = value === true;
    if ((key === 'name' || key === 'gender' || key === 'birthDate') && value == null) value = key === 'name' ? '' : (cadre as never)[key];
    (cadre as unknown as Record<string, unknown>)[key] = value;
  }
  checkCadreFormFacts(cadre, today, checkCadreFacts(cadre, today)).throwIfAny();
}

/**
 * ROLE-2 For a viewer without PII rights a birth-date bound counts by month: whatever its day, the
 * bound takes in the whole month, so the answer depends on the year-month alone and repeated
 * filtering cannot find the day the masked birth date hides. Others filter by the exact date.
 */
function birthDateBound(op: '$lt' | '$lte' | '$gt' | '$gte') {
  return (value: string, ctx: Context): FilterQuery<Cadre> => {
    if (canSeePii(ctx.viewer)) return { birthDate: { [op]: value } };
    const month = value.slice(0, 7);
    return { birthDate: op === '$gt' || op === '$gte' ? { $gte: `${month}-01` } : { $lte: `${month}-31` } };
  };
}

/** SEL-1 Cadres: a unit keeps its own roster (ROLE-3); ID numbers, phones and birth dates are PII (ROLE-2). */
export const cadreResource: ResourceDef<Cadre> = {
  name: 'Cadre',
  plural: 'Cadres',
  resource: 'cadres',
  entity: Cadre,
  filter: CadreFilter,
  searchFields: ['name'],
  sortFields: ['name', 'unitId', 'gender', 'birthDate', 'education', 'createdAt', 'updatedAt'],
  sortColumns: { name: 'nameSort' },
  customFilters: { birthDate_lt: birthDateBound('$lt'), birthDate_lte: birthDateBound('$lte'), birthDate_gt: birthDateBound('$gt'), birthDate_gte: birthDateBound('$gte') },
  defaultSort: { field: 'name', order: 'ASC' },
  computed: { age: ['birthDate'], birthDate: ['birthDate'], phone: ['phone'], idNumber: ['idNumber'] },
  create: {
    args: CreateCadreArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '单位');
      const cadre = new Cadre();
      cadre.unit = unit;
      applyFields(cadre, input, ctx.today);
      return cadre;
    },
  },
  update: {
    args: UpdateCadreArgs,
    apply: (cadre, input, ctx) => applyFields(cadre, input, ctx.today),
  },
};

/**
 * What the computed fields read of a cadre: a read-path row or an entity. A type alias, not the
 * class, so that type-graphql hands the row over as it is instead of copying it into a new entity.
 */
type CadreRow = Pick<Cadre, 'birthDate' | 'phone' | 'idNumber'>;

@Resolver(() => Cadre)
export class CadreFieldsResolver {
  /** SEL-1 age in full years (周岁) on the request date */
  @FieldResolver(() => Int)
  age(@Root() cadre: CadreRow, @Ctx() ctx: Context): number {
    return ageOn(unmasked<string>(cadre, 'birthDate'), ctx.today);
  }

  /**
   * ROLE-2 personal data: a row of the read path is masked already (resource/projection.ts); an
   * entity (a mutation's result, a loaded relation) is masked here, through the same `piiValue`.
   */
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() cadre: CadreRow, @Ctx() ctx: Context): string | null | undefined {
    return isProjected(cadre) ? cadre.phone : piiValue('phone', cadre.phone, ctx.viewer);
  }

  /** ROLE-2 year-month only for roles without PII rights (`age` and every rule use the full date) */
  @FieldResolver(() => DateScalar)
  birthDate(@Root() cadre: CadreRow, @Ctx() ctx: Context): string {
    return isProjected(cadre) ? cadre.birthDate : piiValue('birthDate', cadre.birthDate, ctx.viewer)!;
  }

  /** ROLE-2 as `phone` */
  @FieldResolver(() => String, { nullable: true })
  idNumber(@Root() cadre: CadreRow, @Ctx() ctx: Context): string | null | undefined {
    return isProjected(cadre) ? cadre.idNumber : piiValue('idNumber', cadre.idNumber, ctx.viewer);
  }
}
