import type { IsoDate } from '../shared/date';
import type { Labels } from '../shared/labels';

/** RES-1 Why a succession pair ended. */
export const PairRelease = {
  SUCCEEDED: 'SUCCEEDED',
  RESERVE_EXITED: 'RESERVE_EXITED',
  REPLACED: 'REPLACED',
  RELEASED: 'RELEASED',
} as const;
export type PairRelease = (typeof PairRelease)[keyof typeof PairRelease];
export const pairReleaseLabels: Labels<PairRelease> = {
  SUCCEEDED: { zh: '已接任', en: 'Succeeded to the post' },
  RESERVE_EXITED: { zh: '后备干部退出', en: 'Reserve exited' },
  REPLACED: { zh: '更换后备', en: 'Replaced by another reserve' },
  RELEASED: { zh: '解除结对', en: 'Released' },
};

/** RES-2 A successor proposal after a post is vacated. */
export const SuccessionStatus = { PROPOSED: 'PROPOSED', APPOINTED: 'APPOINTED', DECLINED: 'DECLINED' } as const;
export type SuccessionStatus = (typeof SuccessionStatus)[keyof typeof SuccessionStatus];
export const successionStatusLabels: Labels<SuccessionStatus> = {
  PROPOSED: { zh: '拟接任', en: 'Proposed successor' },
  APPOINTED: { zh: '已任职', en: 'Appointed' },
  DECLINED: { zh: '未采纳', en: 'Declined' },
};

/** RES-1 A pair is active on `date` from the day it was made until the day it was released. */
export function pairActiveOn(pair: { pairedOn: IsoDate; releasedOn?: IsoDate | null }, date: IsoDate): boolean {
  return pair.pairedOn <= date && (pair.releasedOn == null || date < pair.releasedOn);
}

/** RES-1 一职一备: the posts without an active pair on `date` are the gaps. */
export function successionGaps<P extends { id: string }>(posts: P[], pairs: { postId: string; pairedOn: IsoDate; releasedOn?: IsoDate | null }[], date: IsoDate): P[] {
  const covered = new Set(pairs.filter((p) => pairActiveOn(p, date)).map((p) => p.postId));
  return posts.filter((p) => !covered.has(p.id));
}
