import { describe, expect, it } from 'vitest';
import { pairActiveOn, successionGaps } from './succession';

const DATE = '2025-06-15';

describe('RES-1 pairActiveOn: a pair is active from the day it was made until the day it was released', () => {
  const pair = { pairedOn: '2025-01-10', releasedOn: '2025-06-15' };

  it('RES-1 the pairing day counts; the day before does not', () => {
    expect(pairActiveOn(pair, '2025-01-10')).toBe(true);
    expect(pairActiveOn(pair, '2025-01-09')).toBe(false);
  });

  it('RES-1 the release day does not count; the day before does', () => {
    expect(pairActiveOn(pair, '2025-06-14')).toBe(true);
    expect(pairActiveOn(pair, '2025-06-15')).toBe(false);
    expect(pairActiveOn(pair, '2025-06-16')).toBe(false);
  });

  it('RES-1 an unreleased pair stays active', () => {
    expect(pairActiveOn({ pairedOn: '2025-01-10' }, '2099-01-01')).toBe(true);
    expect(pairActiveOn({ pairedOn: '2025-01-10', releasedOn: null }, '2025-01-10')).toBe(true);
  });

  it('RES-1 a pair made and released on the same day is never active', () => {
    expect(pairActiveOn({ pairedOn: DATE, releasedOn: DATE }, DATE)).toBe(false);
  });
});

describe('RES-1 successionGaps: 一职一备, posts without an active pair', () => {
  const posts = [
    { id: 'secretary', name: '党组织书记' },
    { id: 'director', name: '村委会主任' },
    { id: 'member', name: '委员' },
  ];

  it('RES-1 every post with an active pair: no gaps', () => {
    const pairs = [
      { postId: 'secretary', pairedOn: '2024-01-01' },
      { postId: 'director', pairedOn: '2025-06-15' },
      { postId: 'member', pairedOn: '2024-01-01', releasedOn: '2025-06-16' },
    ];
    expect(successionGaps(posts, pairs, DATE)).toEqual([]);
  });

  it('RES-1 no pairs at all: every post is a gap, returned as given', () => {
    expect(successionGaps(posts, [], DATE)).toEqual(posts);
  });

  it('RES-1 a pair released on the date is no longer active: its post is a gap', () => {
    const pairs = [
      { postId: 'secretary', pairedOn: '2024-01-01', releasedOn: DATE },
      { postId: 'director', pairedOn: '2024-01-01' },
      { postId: 'member', pairedOn: '2024-01-01', releasedOn: null },
    ];
    expect(successionGaps(posts, pairs, DATE).map((p) => p.id)).toEqual(['secretary']);
  });

  it('RES-1 a pair made after the date does not cover the post yet', () => {
    const pairs = [
      { postId: 'secretary', pairedOn: '2024-01-01' },
      { postId: 'director', pairedOn: '2025-06-16' },
      { postId: 'member', pairedOn: '2024-01-01' },
    ];
    expect(successionGaps(posts, pairs, DATE).map((p) => p.id)).toEqual(['director']);
    expect(successionGaps(posts, pairs, '2025-06-16')).toEqual([]);
  });

  it('RES-1 a released pair replaced by a new one: the post is covered', () => {
    const pairs = [
      { postId: 'secretary', pairedOn: '2023-01-01', releasedOn: '2025-03-01' },
      { postId: 'secretary', pairedOn: '2025-03-01' },
    ];
    expect(successionGaps(posts, pairs, DATE).map((p) => p.id)).toEqual(['director', 'member']);
    expect(successionGaps(posts, pairs, '2025-02-28').map((p) => p.id)).toEqual(['director', 'member']);
  });

  it('RES-1 pairs of posts not in the list are ignored', () => {
    const pairs = [{ postId: 'other-unit-post', pairedOn: '2024-01-01' }];
    expect(successionGaps(posts, pairs, DATE)).toEqual(posts);
  });

  it('RES-1 no posts: no gaps', () => {
    expect(successionGaps([], [{ postId: 'secretary', pairedOn: '2024-01-01' }], DATE)).toEqual([]);
  });
});
