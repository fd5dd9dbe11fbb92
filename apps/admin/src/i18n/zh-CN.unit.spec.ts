import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { enumLabels } from '../common/enums';
import { appEnglishMessages, englishAppMessages } from './en';
import { messageKeys } from './merge';
import { appChineseMessages, chineseMessages, raChineseMessages } from './zh-CN';

const CJK = /[\u4e00-\u9fff]/;

describe('zh-CN messages', () => {
  it('translate every key of the English react-admin messages', () => {
    const missing = messageKeys(englishMessages).filter((key) => !messageKeys(raChineseMessages).includes(key));
    expect(missing).toEqual([]);
  });

  it('have no key that react-admin does not know (a typo would hide a translation)', () => {
    const extra = messageKeys(raChineseMessages).filter((key) => !messageKeys(englishMessages).includes(key));
    expect(extra).toEqual([]);
  });

  it('are Chinese text, keeping the placeholders of the English message', () => {
    const lookup = (tree: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of messageKeys(englishMessages)) {
      const zh = lookup(raChineseMessages, key);
      const en = lookup(englishMessages, key);
      if (/[A-Za-z]/.test(en.replace(/%\{\w+\}/g, ''))) expect(zh, key).toMatch(CJK);
      const placeholders = (text: string) => [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();
      if (en.includes('||||')) {
        // Chinese has one plural form: it may use any placeholder of the English forms
        for (const p of placeholders(zh)) expect(placeholders(en), key).toContain(p);
      } else {
        expect(placeholders(zh), key).toEqual(placeholders(en));
      }
    }
  });

  it('have the same app keys as the English app messages', () => {
    expect(messageKeys(appChineseMessages).sort()).toEqual(messageKeys(appEnglishMessages).sort());
  });

  it('label every enum value in both languages', () => {
    for (const [name, labels] of Object.entries(enumLabels)) {
      for (const value of Object.keys(labels)) {
        expect(messageKeys(chineseMessages)).toContain(`app.enum.${name}.${value}`);
        expect(messageKeys(englishAppMessages)).toContain(`app.enum.${name}.${value}`);
      }
    }
  });

  it('are merged over English, so every English key exists in the Chinese catalogue', () => {
    const zhKeys = new Set(messageKeys(chineseMessages));
    expect(messageKeys(englishAppMessages).filter((k) => !zhKeys.has(k))).toEqual([]);
  });
});
