import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Problems, type UnitKind as UnitKindT } from '@liangwei/domain';
import { UnitKind } from '../graphql/enums';
import type { ResourceDef } from '../resource/resource';
import { Unit } from './unit.entity';

@InputType()
export class UnitFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKindT;
  @Field(() => String, { nullable: true }) code?: string;
}

@ArgsType()
export class CreateUnitArgs {
  @Field(() => String) name!: string;
  @Field(() => UnitKind) kind!: UnitKindT;
  @Field(() => String) code!: string;
}

@ArgsType()
export class UpdateUnitArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKindT;
  @Field(() => String, { nullable: true }) code?: string;
}

function checkUnit(unit: Pick<Unit, 'name' | 'code'>): void {
  new Problems()
    .check(unit.name.trim().length > 0 && unit.name.length <= 100, 'name', 'a name of 1 to 100 characters is required', '单位名称不能为空，且不超过 100 个字')
    .check(/^[A-Za-z0-9_-]{2,32}$/.test(unit.code), 'code', '2 to 32 letters, digits, - or _', '单位代码应为 2 至 32 位字母、数字、- 或 _')
    .throwIfAny();
}

/** ORG-2 Units: subdistrict data; a unit user reads its own (ROLE-3). */
export const unitResource: ResourceDef<Unit> = {
  name: 'Unit',
  plural: 'Units',
  resource: 'units',
  entity: Unit,
  filter: UnitFilter,
  searchFields: ['name', 'code'],
  sortFields: ['name', 'kind', 'code', 'createdAt'],
  sortColumns: { name: 'nameSort' },
  defaultSort: { field: 'code', order: 'ASC' },
  unitOf: (unit) => unit.id,
  create: {
    args: CreateUnitArgs,
    build(input) {
      const unit = Object.assign(new Unit(), { name: String(input.name).trim(), kind: input.kind, code: String(input.code).trim() });
      checkUnit(unit);
      return unit;
    },
  },
  update: {
    args: UpdateUnitArgs,
    apply(unit, input) {
      if (input.name != null) unit.name = String(input.name).trim();
      if (input.kind != null) unit.kind = input.kind as UnitKindT;
      if (input.code != null) unit.code = String(input.code).trim();
      checkUnit(unit);
    },
  },
};
