/**
 * At least as many values as `JSON.parse` would build from `bytes`: one, plus one per comma,
 * bracket and brace outside strings. Each value opens its container or follows a comma, so
 * this can only overcount, and it is read from the bytes before anything is parsed: a body of
 * a million empty arrays is 3 MB of text but some 50 MB of objects once parsed.
 */
export function jsonValueBound(bytes: Uint8Array): number {
  let values = 1;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c /* , */ || c === 0x5b /* [ */ || c === 0x7b /* { */) values++;
  }
  return values;
}
