/** Bytes as megabytes with one decimal, for size messages. */
export const mb = (bytes: string | number | undefined): string => (Number(bytes) / 1_048_576).toFixed(1);

/** A count with thousands grouped (250,000), as both locales write large numbers in prose. */
export const count = (n: string | number | undefined): string =>
  Number(n).toLocaleString('en-US', { maximumFractionDigits: 0 });
