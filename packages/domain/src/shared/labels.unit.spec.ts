import { describe, expect, it } from 'vitest';
import { roleLabels } from '../access/roles';
import { educationLabels, genderLabels, politicalStatusLabels, selectionMethodLabels, sourceCategoryLabels, SelectionMethod, SourceCategory } from '../cadre/enums';
import { postTitleLabels } from '../org/post';
import { unitKindLabels } from '../org/unit';
import { enumValues, label, type Labels } from './labels';

const ALL_LABELS: [string, Labels<string>][] = [
  ['ROLE-1..3 roles', roleLabels],
  ['SEL-1 gender', genderLabels],
  ['SEL-1 education', educationLabels],
  ['SEL-1 political status', politicalStatusLabels],
  ['SEL-4 source categories', sourceCategoryLabels],
  ['SEL-5 selection methods', selectionMethodLabels],
  ['ORG-2 unit kinds', unitKindLabels],
  ['ORG-4 post titles', postTitleLabels],
];

describe('SEL-1, SEL-4, SEL-5, ORG-2, ORG-4, ROLE-1..3 enum labels (zh shown by default, en second)', () => {
  it.each(ALL_LABELS)('%s: every value has a non-empty zh and en label', (_name, labels) => {
    const values = enumValues(labels);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(labels[value]!.zh.trim()).not.toBe('');
      expect(labels[value]!.en.trim()).not.toBe('');
    }
  });

  it('SEL-4 all nine source categories of the spec are listed, dispatched (选派) last', () => {
    expect(enumValues(sourceCategoryLabels)).toEqual(Object.values(SourceCategory));
    expect(enumValues(sourceCategoryLabels)).toHaveLength(9);
    expect(enumValues(sourceCategoryLabels).at(-1)).toBe(SourceCategory.DISPATCHED);
  });

  it('SEL-5 the four selection methods carry their Chinese names', () => {
    expect(enumValues(selectionMethodLabels)).toEqual(Object.values(SelectionMethod));
    expect(label(selectionMethodLabels, SelectionMethod.TWO_RECOMMENDATIONS_ONE_ELECTION)).toBe('两推一选');
    expect(label(selectionMethodLabels, SelectionMethod.OPEN_NOMINATION_DIRECT_ELECTION)).toBe('公推直选');
  });

  it('ORG-2 label() gives zh by default, en on request, and the raw value for an unknown one', () => {
    expect(label(unitKindLabels, 'VILLAGE')).toBe('村');
    expect(label(unitKindLabels, 'COMMUNITY', 'en')).toBe('Community');
    expect(label(unitKindLabels as Labels<string>, 'TOWN')).toBe('TOWN');
  });
});
