import { pinyin } from 'pinyin-pro';
import type { EntityManager } from '@mikro-orm/core';

/** Longest pinyin syllable (zhuang, shuang, chuang): each syllable is padded to this width. */
const SYLLABLE = 6;

/**
 * The stored sort key of a Chinese name (`name_sort` on cadre, unit and user): Chinese order by
 * pinyin, the same on SQLite and PostgreSQL whatever the server's collation. Each character becomes
 * its toneless syllable padded with `0` to a fixed width, then its tone (1-4, 5 for the neutral
 * tone): 李明 `li0000` `2` `ming00` `2` sorts before 梁 `liang0` `2` because `0` < `a` under every
 * collation (no spaces or punctuation, which locale collations skip). Other characters are kept
 * lower-cased, padded the same way.
 */
export function nameSortKey(name: string | null | undefined): string {
  const text = (name ?? '').trim();
  if (!text) return '';
  const syllables = pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .map((s) => {
      const m = /^([a-zü]+)([0-5]?)$/i.exec(s);
      if (!m) return s.toLowerCase().padEnd(SYLLABLE + 1, '0');
      const tone = m[2] === '' || m[2] === '0' ? '5' : m[2]!;
      return m[1]!.toLowerCase().padEnd(SYLLABLE, '0') + tone;
    })
    .join('')
    .slice(0, 400);
}

/** Code-point order of two strings, the order `byCodePoint` gives in SQL (never a locale's). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of people and units by name in the rule queries: the stored pinyin key (`name_sort`),
 * then the id, both by code point, as the SQL orders them.
 */
export function compareByNameSort(a: { nameSort: string; id: string }, b: { nameSort: string; id: string }): number {
  return compareCodePoints(a.nameSort, b.nameSort) || compareCodePoints(a.id, b.id);
}

/** The tables with a `name_sort` key and the column (or expression) it is computed from. */
const SORTED: readonly { table: string; source: string }[] = [
  { table: 'unit', source: 'name' },
  { table: 'cadre', source: 'name' },
  { table: 'app_user', source: "coalesce(nullif(display_name, ''), username)" },
];

/**
 * Fills the sort keys of rows written before the keys existed (or by plain SQL): rows whose key is
 * empty. Idempotent, run after the migrations; the ORM keeps the keys of every later write.
 */
export async function fillNameSortKeys(em: EntityManager): Promise<number> {
  let filled = 0;
  const connection = em.getConnection();
  for (const { table, source } of SORTED) {
    const rows = await connection.execute<{ id: string; name: string | null }[]>(`select id, ${source} as name from ${table} where name_sort = ''`);
    const keyed: { id: string; key: string }[] = rows.flatMap((row: { id: string; name: string | null }) => {
      const key = nameSortKey(row.name);
      return key ? [{ id: row.id, key }] : [];
    });
    // a few hundred rows per statement: a county's 60,000 cadres in a few hundred statements, not 60,000
    for (let start = 0; start < keyed.length; start += FILL_BATCH) {
      const batch = keyed.slice(start, start + FILL_BATCH);
      await connection.execute(
        `update ${table} set name_sort = case id ${batch.map(() => 'when ? then ?').join(' ')} end where id in (${batch.map(() => '?').join(', ')})`,
        [...batch.flatMap((row) => [row.id, row.key]), ...batch.map((row) => row.id)],
      );
      filled += batch.length;
    }
  }
  return filled;
}

const FILL_BATCH = 500;
