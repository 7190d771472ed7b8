/** One part of a key: a field's value (text or number), as a row holds it. */
export type KeyPart = string | number;

/**
 * Hashes one part of a key to 32 bits, `seed` telling the two hashes of a key apart.
 * Injectable so that tests can give every key one hash and prove that a shared hash never
 * makes two keys one.
 */
export type PartHash = (part: KeyPart, seed: number) => number;

const numberBits = new Float64Array(1);
const numberWords = new Int32Array(numberBits.buffer);

/** FNV-1a from `seed`, over a text's code units or a number's 64 bits. */
export const hashPart: PartHash = (part, seed) => {
  let h = seed;
  if (typeof part === 'string') {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    return h;
  }
  // -0 is 0 to `===`, so it must hash as 0 does.
  numberBits[0] = part === 0 ? 0 : part;
  h = Math.imul(h ^ numberWords[0]!, 0x01000193);
  return Math.imul(h ^ numberWords[1]!, 0x01000193);
};

const SEED_A = 0x811c9dc5;
const SEED_B = 0x050c5d1f;

/** murmur3's finaliser: the low bits, which pick the slot, depend on every bit of the hash. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * The first row of each key's 64-bit hash, for the rules across rows: 12 bytes a slot in one
 * typed array (the row and the two 32-bit halves of the hash), at most half full, so 24 to 48
 * bytes a key whatever its length, no key kept and nothing the collector walks. A key is
 * given part by part (`part`), then looked up (`firstRow`). A hash met before is
 * only a candidate: the caller compares the keys themselves (cross-row.ts), so two keys that
 * share a hash are never taken for one.
 */
export class KeyTable {
  private a = 0;
  private b = 0;
  private given = 0;
  private count = 0;
  /** Per slot: the first row (0 when empty: Excel rows start at 1), then the hash's two halves. */
  private slots = new Int32Array(3 * 4096);

  constructor(private readonly hashOf: PartHash = hashPart) {}

  /** Gives the next part of the key being built. */
  part(value: KeyPart): void {
    this.given++;
    this.a = Math.imul(this.a ^ this.hashOf(value, SEED_A), 0x9e3779b1) ^ this.given;
    this.b = Math.imul(this.b ^ this.hashOf(value, SEED_B), 0x85ebca77) ^ this.given;
  }

  /**
   * The first row whose key had the same hash as the key just built, or -1 when none did
   * (then `row` is noted as its first row).
   */
  firstRow(row: number): number {
    const a = mix(this.a);
    const b = mix(this.b);
    this.a = 0;
    this.b = 0;
    this.given = 0;
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    let slot = a & mask;
    for (; ; slot = (slot + 1) & mask) {
      const first = slots[3 * slot]!;
      if (first === 0) break;
      if (slots[3 * slot + 1] === a && slots[3 * slot + 2] === b) return first;
    }
    slots[3 * slot] = row;
    slots[3 * slot + 1] = a;
    slots[3 * slot + 2] = b;
    // Half full at most, so a probe meets an empty slot within a few steps.
    if (++this.count > slots.length / 6) this.grow();
    return -1;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 3 - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] === 0) continue;
      let slot = old[at + 1]! & mask;
      while (slots[3 * slot] !== 0) slot = (slot + 1) & mask;
      slots[3 * slot] = old[at]!;
      slots[3 * slot + 1] = old[at + 1]!;
      slots[3 * slot + 2] = old[at + 2]!;
    }
    this.slots = slots;
  }
}
