/**
 * Hashes a key's UTF-16 code units `units[start..end)` to 32 bits. Injectable so that tests can
 * send every key to one hash and prove a shared hash never makes two keys one.
 */
export type KeyHash = (units: Uint16Array, start: number, end: number) => number;

/** FNV-1a over the code units, then murmur3's finaliser so the low bits that pick a slot are mixed too. */
export const fnv1a: KeyHash = (units, start, end) => {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
};

const TEXT = 1;
const NUMBER = 2;

/**
 * The first row of each key seen, for the rules across rows (unique columns, duplicate rows,
 * values another ledger refers to). A key is built part by part (`text`, `number`) into one
 * growing array of UTF-16 units, each part tagged and its length written, so "ab" + "c" is
 * not "a" + "bc" and 7 is not "7". Keys live in typed arrays, not in Maps of strings: about
 * 2 bytes per character and 24 bytes per key, none of it objects the collector walks. A hash
 * is only where to look: keys with the same hash are compared unit by unit, so no two keys
 * are ever taken for one, whatever the hash.
 */
export class KeyTable {
  /** Every key's units, one after the other; keys being built sit after `top`. */
  private units = new Uint16Array(4096);
  private top = 0;
  private end = 0;
  /** Per key: its first row, and where its units start (`starts[count]` is `top`). */
  private rows = new Int32Array(1024);
  private starts = new Int32Array(1025);
  private count = 0;
  /**
   * Open addressing, linear probing. Each slot is two numbers side by side, the key's index + 1
   * (0 when empty) and its hash, so a probe reads one place in memory, not two.
   */
  private slots = new Int32Array(2 * 2048);
  private readonly scratch = new Float64Array(1);
  private readonly scratchUnits = new Uint16Array(this.scratch.buffer);
  /** The hash of the key being built, once `find` has computed it. */
  private pending = 0;

  constructor(private readonly hash: KeyHash = fnv1a) {}

  /** Keys held. */
  get size(): number {
    return this.count;
  }

  private room(more: number): void {
    if (this.end + more <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.end + more));
    grown.set(this.units.subarray(0, this.end));
    this.units = grown;
  }

  private length(n: number): void {
    this.units[this.end++] = n & 0xffff;
    this.units[this.end++] = n >>> 16;
  }

  /** Adds a text part to the key being built. */
  text(value: string): this {
    const n = value.length;
    this.room(n + 3);
    const units = this.units;
    units[this.end++] = TEXT;
    this.length(n);
    let at = this.end;
    for (let i = 0; i < n; i++) units[at++] = value.charCodeAt(i);
    this.end = at;
    return this;
  }

  /** Adds a number part to the key being built: its 64 bits, so every number stays itself. */
  number(value: number): this {
    this.room(5);
    this.scratch[0] = value;
    const units = this.units;
    units[this.end++] = NUMBER;
    for (let i = 0; i < 4; i++) units[this.end++] = this.scratchUnits[i]!;
    return this;
  }

  /** Drops the key being built. */
  discard(): void {
    this.end = this.top;
  }

  /** The first row of the key just built, or -1 when it is new (then `row` is its first row). */
  firstRow(row: number): number {
    const found = this.find();
    if (found !== -1) {
      this.end = this.top;
      return this.rows[found]!;
    }
    this.add(row);
    return -1;
  }

  /** Whether the key just built was seen before; it is dropped either way. */
  has(): boolean {
    const found = this.find();
    this.end = this.top;
    return found !== -1;
  }

  /** The index of the key being built, or -1; leaves its hash in `pending`. */
  private find(): number {
    const { units, top, end, slots } = this;
    const h = this.hash(units, top, end);
    this.pending = h;
    const mask = (slots.length >>> 1) - 1;
    const length = end - top;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot]! - 1;
      if (entry === -1) return -1;
      if (slots[2 * slot + 1] !== h) continue;
      const start = this.starts[entry]!;
      if (this.starts[entry + 1]! - start !== length) continue;
      let i = 0;
      while (i < length && units[start + i] === units[top + i]) i++;
      if (i === length) return entry;
    }
  }

  private add(row: number): void {
    if (this.count === this.rows.length) {
      this.rows = grow(this.rows, this.count * 2);
      this.starts = grow(this.starts, this.count * 2 + 1);
    }
    const entry = this.count++;
    this.rows[entry] = row;
    this.starts[entry] = this.top;
    this.starts[entry + 1] = this.end;
    this.top = this.end;
    // Half full at most, so a probe meets an empty slot within a few steps.
    if (this.count > this.slots.length >>> 2) this.rehash();
    else place(this.slots, entry, this.pending);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) {
      const entry = old[slot]! - 1;
      if (entry !== -1) place(slots, entry, old[slot + 1]!);
    }
    this.slots = slots;
  }
}

function place(slots: Int32Array, entry: number, hash: number): void {
  const mask = (slots.length >>> 1) - 1;
  let slot = hash & mask;
  while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = entry + 1;
  slots[2 * slot + 1] = hash;
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
