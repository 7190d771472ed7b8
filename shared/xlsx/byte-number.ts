/** Number parsing straight from UTF-8 bytes, so numeric cells never become strings. */

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Plain decimals (`-123`, `1109.22`) with at most 15 digits: the mantissa and 10^k are
 * exact doubles, so one IEEE division is correctly rounded and equals `Number(text)`.
 * Anything else (exponents, 16+ digits, blanks) returns NaN for the caller's slow path.
 */
export function parsePlainDecimal(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === 45; /* - */
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = b[i] ?? 0;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 /* . */ && fraction < 0) {
      fraction = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / (POW10[fraction] ?? NaN) : mantissa;
  return negative ? -value : value;
}

/** Digits only (attribute values like `r="12"`, `s="3"`), -1 if anything else. */
export function parseUintBytes(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** The general case: exponents, `+`, surrounding blanks. NaN for non-numbers and blanks. */
export function parseNumberText(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}
