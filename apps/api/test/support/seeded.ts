/**
 * A seeded pseudo-random generator (mulberry32) for tests that generate data: the same seed gives
 * the same data on every run and both databases, so a failure can be replayed.
 */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p: number): boolean => next() < p;
  /** a date from `from` to `to` (ISO, both included) */
  const date = (from: string, to: string): string => {
    const a0 = Date.parse(`${from}T00:00:00Z`);
    const b0 = Date.parse(`${to}T00:00:00Z`);
    return new Date(a0 + int(0, Math.round((b0 - a0) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
  };
  return { next, int, pick, chance, date };
}
