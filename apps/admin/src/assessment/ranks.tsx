import { useGetList, useTranslate } from 'react-admin';

/**
 * ASM-3 Ranks are competition ranks: units with the same total share a rank (and the next unit
 * skips the places they take). A shared rank reads 并列, e.g. 并列第3名, wherever a rank is shown.
 */

/** The ranks that more than one row holds. */
export function tiedRanks(rows: readonly { rank: number }[]): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const { rank } of rows) {
    if (seen.has(rank)) tied.add(rank);
    seen.add(rank);
  }
  return tied;
}

/** The message of a rank: 第3名, or 并列第3名 when it is shared. */
export function rankMessage(tied: boolean): string {
  return tied ? 'app.ranking.rank_tied' : 'app.ranking.rank_n';
}

/** Writes a rank in the current language, 并列 when tied. */
export function useRankLabel(): (rank: number, tied: boolean) => string {
  const translate = useTranslate();
  return (rank, tied) => translate(rankMessage(tied), { rank });
}

/** The largest page of the ranking: every unit of a kind. */
const ALL = { page: 1, perPage: 1000 };

/**
 * The tied ranks of a year's ranking within a kind (the ranking a viewer may read: a unit user the
 * published years). The ranking is read once per year and kind and shared by every caller.
 */
export function useTiedRanks(year: number | null | undefined, kind: string | null | undefined): { tied: Set<number>; isPending: boolean } {
  const enabled = year != null && Boolean(kind);
  const { data, isPending } = useGetList<{ id: string; rank: number }>('assessmentRanking', { filter: { year, kind }, pagination: ALL }, { enabled });
  return { tied: tiedRanks(data ?? []), isPending: enabled && isPending };
}

/**
 * A unit's rank in a year's ranking of its kind, 并列 when another unit holds the same rank: for
 * the pages that show one unit's rank without the whole ranking (a unit's history, the three
 * links, the evidence of a consequence).
 */
export const RankText = ({ year, kind, rank }: { year: number; kind: string; rank: number }) => {
  const label = useRankLabel();
  const { tied } = useTiedRanks(year, kind);
  return <>{label(rank, tied.has(rank))}</>;
};
