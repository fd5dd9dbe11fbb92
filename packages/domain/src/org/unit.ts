import type { Labels } from '../shared/labels';

/** ORG-2 A unit is a village (村) or a community (社区); they are ranked and rewarded separately. */
export const UnitKind = { VILLAGE: 'VILLAGE', COMMUNITY: 'COMMUNITY' } as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

export const unitKindLabels: Labels<UnitKind> = {
  VILLAGE: { zh: '村', en: 'Village' },
  COMMUNITY: { zh: '社区', en: 'Community' },
};
