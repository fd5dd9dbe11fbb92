/**
 * PAY-1..4 Amounts of money are yuan with two decimals (分). Products such as 1.5 × 12 345.67 or
 * 3000 × 873.5 / 1000 carry binary floating-point noise (1500.1499999999999 instead of 1500.15);
 * these helpers strip that noise to 12 significant digits before rounding to the cent, which is
 * exact for every amount below 10 000 000 000 yuan.
 */
function cents(amount: number): number {
  return Number((amount * 100).toPrecision(12));
}

/** PAY-3 Rounds an amount to the cent, halves away from zero (四舍五入): 1.005 → 1.01. */
export function roundYuan(amount: number): number {
  const c = cents(amount);
  return (Math.sign(c) * Math.round(Math.abs(c))) / 100 + 0;
}

/**
 * PAY-1 Rounds a minimum (a floor the pay must be "不低于") up to the next cent, so that paying
 * the rounded floor never pays less than the exact product: 18 518.501 → 18 518.51.
 */
export function ceilYuan(amount: number): number {
  return Math.ceil(cents(amount)) / 100 + 0;
}
