import { describe, expect, it } from 'vitest';
import { postLabel } from './PostLabel';

const zh: Record<string, string> = { 'app.enum.postTitle.ACCOUNTANT': '报账员' };
const en: Record<string, string> = { 'app.enum.postTitle.ACCOUNTANT': 'Accountant' };
const translator = (messages: Record<string, string>) => (key: string, options?: object) =>
  messages[key] ?? (options as { _?: string } | undefined)?._ ?? key;

describe('postLabel', () => {
  it('shows the title in the current language', () => {
    expect(postLabel(translator(zh), { title: 'ACCOUNTANT' }, 'zh-CN')).toBe('报账员');
    expect(postLabel(translator(en), { title: 'ACCOUNTANT' }, 'en')).toBe('Accountant');
  });

  it('adds the name only when it says more than the title, in either language', () => {
    expect(postLabel(translator(en), { title: 'ACCOUNTANT', name: '报账员' }, 'en')).toBe('Accountant');
    expect(postLabel(translator(zh), { title: 'ACCOUNTANT', name: '出纳' }, 'zh-CN')).toBe('报账员（出纳）');
    expect(postLabel(translator(en), { title: 'ACCOUNTANT', name: '出纳' }, 'en')).toBe('Accountant (出纳)');
  });
});
