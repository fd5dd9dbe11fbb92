import { describe, expect, it } from 'vitest';
import { ceilYuan, roundYuan } from './money';

describe('PAY-1..4 amounts in yuan with two decimals', () => {
  it('PAY-3 roundYuan rounds half away from zero to the cent, despite floating-point noise', () => {
    expect(roundYuan(1.005)).toBe(1.01);
    expect(roundYuan(2620.5)).toBe(2620.5);
    expect(roundYuan(1500.1499999999999)).toBe(1500.15);
    expect(roundYuan(0.1 + 0.2)).toBe(0.3);
    expect(roundYuan(2.344)).toBe(2.34);
    expect(roundYuan(2.345)).toBe(2.35);
    expect(roundYuan(-2.345)).toBe(-2.35);
    expect(roundYuan(0)).toBe(0);
    expect(Object.is(roundYuan(-0.001), 0)).toBe(true);
  });

  it('PAY-1 ceilYuan rounds a floor up to the next cent, but leaves an exact cent amount alone', () => {
    expect(ceilYuan(18518.501)).toBe(18518.51);
    expect(ceilYuan(18518.5)).toBe(18518.5);
    expect(ceilYuan(1.5 * 1000.1)).toBe(1500.15);
    expect(ceilYuan(0.8 * 1.5 * 20000)).toBe(24000);
    expect(ceilYuan(0)).toBe(0);
  });
});
