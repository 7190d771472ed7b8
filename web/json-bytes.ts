const utf8 = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what a request or an Excel response costs (Chinese is 3 bytes a character). */
export const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;

/**
 * What a value costs in Excel on the web's request or response: Office.js stringifies the request
 * body, then stringifies it again inside its message envelope, so every quote and backslash in
 * the JSON is escaped once more (tests/fakes/excel-wire.ts cites the runtime).
 */
export const wireBytes = (value: unknown): number => utf8.encode(JSON.stringify(JSON.stringify(value))).length;
