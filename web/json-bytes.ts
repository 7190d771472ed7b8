const utf8 = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what a request or an Excel response costs (Chinese is 3 bytes a character). */
export const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;
