/** A bilingual label: zh-CN is what the console shows by default, en the second language. */
export interface Label {
  zh: string;
  en: string;
}

export type Labels<T extends string> = Readonly<Record<T, Label>>;

/** The values of a string enum, in declaration order. */
export function enumValues<T extends string>(labels: Labels<T>): T[] {
  return Object.keys(labels) as T[];
}

export function label<T extends string>(labels: Labels<T>, value: T, lang: 'zh' | 'en' = 'zh'): string {
  return labels[value]?.[lang] ?? value;
}
