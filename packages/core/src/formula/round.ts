/**
 * Rounds half away from zero to `digits` decimals, as Excel's and LibreOffice's ROUND do
 * (JavaScript's Math.round rounds −2.5 to −2; Excel gives −3). The scaled value is first cut to
 * 15 significant digits, as both spreadsheet engines do, so 1.005 rounds to 1.01 there and here.
 * `digits` is truncated to an integer, as ROUND truncates it.
 */
export function roundHalfAwayFromZero(value: number, digits = 0): number {
  const d = Math.trunc(digits);
  if (!Number.isFinite(value) || value === 0) return value;
  if (d > 15 || d < -15) return d > 15 ? value : 0;
  const sign = value < 0 ? -1 : 1;
  const scaled = Number((Math.abs(value) * 10 ** d).toPrecision(15));
  if (!Number.isFinite(scaled)) return value;
  const rounded = Math.floor(scaled + 0.5) / 10 ** d;
  return rounded === 0 ? 0 : sign * rounded;
}
