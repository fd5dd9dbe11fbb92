import { enumValues, reserveStepLabels, type ReserveStep } from '@liangwei/domain';
import { describe, expect, it } from 'vitest';
import { graphQLTypeOf } from '../providers/graphQLTypes';
import { ruleQueryAccess } from '../providers/access';
import { stepActionKey } from '../reserves/nextStep';
import { appEnglishMessages } from './en';
import { messageKeys } from './merge';
import { appChineseMessages } from './zh-CN';

const zh = new Set(messageKeys(appChineseMessages));
const en = new Set(messageKeys(appEnglishMessages));

describe('the messages the console builds keys for', () => {
  it('name every resource and rule query in both languages', () => {
    for (const resource of [...Object.keys(graphQLTypeOf), ...Object.keys(ruleQueryAccess)]) {
      expect(zh, resource).toContain(`resources.${resource}.name`);
      expect(en, resource).toContain(`resources.${resource}.name`);
    }
  });

  it('label the button of every step a viewer may take (RES-3)', () => {
    const steps = enumValues(reserveStepLabels).filter((s) => s !== 'RECOMMEND' && s !== 'WITHDRAW') as ReserveStep[];
    for (const step of steps) {
      expect(zh).toContain(stepActionKey(step));
      expect(en).toContain(stepActionKey(step));
    }
    expect(appChineseMessages.app.reserve.action).toEqual({ PROPOSE: '提议', COMMITTEE_REVIEW: '集体审议', SUBDISTRICT_REVIEW: '办事处审查' });
  });

  it('label the four 双强双好 criteria from the domain (SEL-3)', () => {
    expect(appChineseMessages.resources.secretarySelections.fields.buildsOrganisation).toBe('基层组织建设好');
    expect(appEnglishMessages.resources.secretarySelections.fields.buildsOrganisation).toBe('Good at building grassroots organisation');
  });
});
