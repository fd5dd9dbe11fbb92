import { describe, expect, it } from 'vitest';
import { effectivePolicy } from '../policy/parameters';
import { enumValues } from '../shared/labels';
import { isMainLeaderTitle, PostTitle, postTitleLabels } from './post';

describe('ORG-4 main leader (主要负责人)', () => {
  it('ORG-4 by default only the Party secretary is the main leader', () => {
    const mainLeaders = enumValues(postTitleLabels).filter((title) => isMainLeaderTitle(title));
    expect(mainLeaders).toEqual([PostTitle.PARTY_SECRETARY]);
  });

  it('ORG-4 with the policy parameter set, the committee director is a main leader too', () => {
    const policy = effectivePolicy({ mainLeaderIncludesDirector: true });
    const mainLeaders = enumValues(postTitleLabels).filter((title) => isMainLeaderTitle(title, policy.mainLeaderIncludesDirector));
    expect(mainLeaders).toEqual([PostTitle.PARTY_SECRETARY, PostTitle.DIRECTOR]);
  });

  it('ORG-4 the deputy secretary and deputy director are never main leaders', () => {
    expect(isMainLeaderTitle(PostTitle.DEPUTY_PARTY_SECRETARY, true)).toBe(false);
    expect(isMainLeaderTitle(PostTitle.DEPUTY_DIRECTOR, true)).toBe(false);
  });
});
