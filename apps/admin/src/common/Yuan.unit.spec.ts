import { describe, expect, it } from 'vitest';
import { formatYuan } from './Yuan';

describe('amounts of yuan', () => {
  it('are written in the current language, whole yuan without decimals', () => {
    expect(formatYuan(5000, 'zh-CN')).toBe('¥5,000');
    expect(formatYuan(27750.5, 'zh-CN')).toBe('¥27,750.5');
    expect(formatYuan(5000, 'en')).toMatch(/^CN¥5,000$/);
  });
});
