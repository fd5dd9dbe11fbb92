import { BeforeCreate, BeforeUpdate, Entity, Enum, Property } from '@mikro-orm/core';
import { nameSortKey } from '../common/name-sort';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ObjectType } from 'type-graphql';
import { UnitKind } from '../graphql/enums';
import { BaseEntity } from '../common/base.entity';

/** ORG-2 A village or community of the subdistrict. */
@ObjectType()
@Entity({ tableName: 'unit' })
export class Unit extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: TEXT_LIMITS.Unit.name.max, unique: true })
  name!: string;

  /** The name's pinyin sort key (`nameSortKey`), kept on every write: lists sorted by name use it. */
  @Property({ type: 'string', length: 400, default: '', index: true })
  nameSort: string = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepNameSort(): void {
    this.nameSort = nameSortKey(this.name);
  }

  @Field(() => UnitKind)
  @Enum({ items: () => Object.values(UnitKind), type: 'string', length: 16 })
  kind!: UnitKind;

  /** A short unique code (also the demo login of the unit's user). */
  @Field(() => String)
  @Property({ type: 'string', length: TEXT_LIMITS.Unit.code.max, unique: true })
  code!: string;
}
