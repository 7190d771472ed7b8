/** Bytes as megabytes with one decimal, for size messages. */
export const mb = (bytes: string | number | undefined): string => (Number(bytes) / 1_048_576).toFixed(1);
