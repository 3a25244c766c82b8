import { describe, expect, it } from 'vitest';
import { Rng, WeightedPicker, weighted } from './prng.js';

describe('Rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 100 }, () => a.uint32());
    expect(Array.from({ length: 100 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 100 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('keeps values in range and roughly uniform', () => {
    const rng = new Rng(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(600);
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
    expect(rng.exponential(2)).toBeGreaterThanOrEqual(0);
  });

  it('picks by weight, never a zero-weight item', () => {
    const picker = weighted([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const);
    const rng = new Rng(1);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[picker.pick(rng)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
    expect(() => new WeightedPicker(['x'], [0])).toThrow();
    expect(() => new Rng(1).pick([])).toThrow();
  });
});
