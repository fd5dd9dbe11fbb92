import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and quotes what needs quoting', () => {
    expect(toCsv(['姓名', '备注'], [['张三', 'a, "b"'], ['李四', null]])).toBe('\uFEFF姓名,备注\r\n张三,"a, ""b"""\r\n李四,\r\n');
  });
});
