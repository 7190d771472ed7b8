/**
 * A number as work reports write it: kept to two significant digits, rounded down, with 余
 * when something was cut off; from 10 000 on in 万. Below 10 the number is exact.
 *   7 → "7"; 12 → "10余"; 10 → "10"; 99 → "90余"; 1234 → "1200余"; 1200 → "1200";
 *   9999 → "9900余"; 15234 → "1.5万余"; 15000 → "1.5万"; 123456 → "12万余".
 * 10–99 round to tens (not two digits, which would keep them exact), as reports write "10余次".
 */
export function reportPhrase(n: number): string {
  if (n < 10) return String(n);
  const digits = String(Math.trunc(n)).length;
  const step = n < 100 ? 10 : 10 ** (digits - 2);
  const kept = Math.floor(n / step) * step;
  const rest = kept === n ? '' : '余';
  if (kept < 10_000) return `${kept}${rest}`;
  // kept has two significant digits, so kept / 10 000 has at most one decimal (1.5) or none (12).
  return `${Number((kept / 10_000).toFixed(1))}万${rest}`;
}
