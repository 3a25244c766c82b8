// Record keys of a whole import file in typed arrays: a country's tens of millions of keys do not
// fit in JS Maps (16.7 million entries at most, ~80 bytes each), 64-bit hashes in an open-addressing
// table take 16 bytes a key. Two keys share a hash with a chance of about n²/2^65 (1 in 10,000 at
// 60 million keys); such a pair would be reported as a key sent twice, naming both lines.

/** Two independent 32-bit hashes (murmur3-style mixing) of a string's UTF-16 code units. */
export function hash64(text: string): [number, number] {
  let a = 0x9747b28c ^ text.length;
  let b = 0x2545f491 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    a = Math.imul(a, 0x1b873593);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b = (b << 13) | (b >>> 19);
    b = Math.imul(b, 0xc2b2ae35);
  }
  return [fmix(a), fmix(b ^ a)];
}

/** A 32-bit hash (for comparing whole records). */
export function hash32(text: string): number {
  return hash64(text)[1];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** What a table keeps of the first record under a key. */
export interface KeyEntry {
  /** the line the key was first seen on */
  line: number;
  /** hash32 of the whole record (a second record under the key is the same record or a conflict) */
  value: number;
  /** one integer of the caller's (a person's birth day) */
  payload: number;
}

/** An open-addressing hash set of 64-bit keys with a line, a value hash and a payload each. */
export class KeyTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private lines: Int32Array;
  private values: Uint32Array;
  private payloads: Int32Array;
  private used = 0;

  constructor(capacity = 1 << 12) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.lines = new Int32Array(size);
    this.values = new Uint32Array(size);
    this.payloads = new Int32Array(size);
  }

  get size(): number {
    return this.used;
  }

  /** Bytes held (for the memory report). */
  get bytes(): number {
    return this.hi.length * 20;
  }

  private slot(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.lines[i] !== 0 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  get(key: [number, number]): KeyEntry | undefined {
    const i = this.slot(key[0], key[1]);
    if (this.lines[i] === 0) return undefined;
    return { line: this.lines[i]!, value: this.values[i]!, payload: this.payloads[i]! };
  }

  has(key: [number, number]): boolean {
    return this.lines[this.slot(key[0], key[1])] !== 0;
  }

  /** Adds the key unless present; returns the entry already there (the record is then not added). */
  add(key: [number, number], line: number, value: number, payload = 0): KeyEntry | undefined {
    if (line < 1) throw new RangeError('line numbers start at 1');
    const i = this.slot(key[0], key[1]);
    if (this.lines[i] !== 0) return { line: this.lines[i]!, value: this.values[i]!, payload: this.payloads[i]! };
    this.hi[i] = key[0];
    this.lo[i] = key[1];
    this.lines[i] = line;
    this.values[i] = value;
    this.payloads[i] = payload;
    this.used += 1;
    if (this.used * 10 > this.hi.length * 7) this.grow();
    return undefined;
  }

  private grow(): void {
    const { hi, lo, lines, values, payloads } = this;
    const size = hi.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.lines = new Int32Array(size);
    this.values = new Uint32Array(size);
    this.payloads = new Int32Array(size);
    for (let j = 0; j < hi.length; j += 1) {
      if (lines[j] === 0) continue;
      const i = this.slot(hi[j]!, lo[j]!);
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.lines[i] = lines[j]!;
      this.values[i] = values[j]!;
      this.payloads[i] = payloads[j]!;
    }
  }
}

/** A list of unsigned 32-bit integers that grows (deferred checks of a large file). */
export class U32List {
  private data = new Uint32Array(1 << 10);
  length = 0;

  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      const next = new Uint32Array(Math.max(this.data.length * 2, this.length + values.length));
      next.set(this.data);
      this.data = next;
    }
    for (const v of values) this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}
