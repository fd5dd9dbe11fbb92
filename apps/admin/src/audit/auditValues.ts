import { enumLabels } from '../common/enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** The resource a relation property of an audited record points to (`unit` → units). */
export const RELATION_RESOURCES: Record<string, string> = {
  unit: 'units',
  cadre: 'cadres',
  subject: 'cadres',
  post: 'posts',
  candidate: 'reserveCandidates',
  reserveCandidate: 'reserveCandidates',
  session: 'trainingSessions',
  pair: 'successionPairs',
  ledBy: 'users',
};

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isInstant(value: string): boolean {
  return INSTANT.test(value);
}

/** An instant in the locale's format (China time, as every instant of the console). */
export function formatInstant(value: string, locale: string): string {
  return new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });
}

/** The label of an enumeration code, from whichever of the console's enumerations has it (null if none). */
export function codeLabel(value: string, lang: 'zh' | 'en'): string | null {
  if (!CODE.test(value)) return null;
  for (const labels of Object.values(enumLabels) as Record<string, { zh: string; en: string }>[]) {
    const label = labels[value];
    if (label) return label[lang];
  }
  return null;
}

/** "RankingEntry" → "Ranking entry": a record type the console has no page for, in words. */
export function typeInWords(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
