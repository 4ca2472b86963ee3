import { describe, expect, it } from 'vitest';
import {
  addressLists,
  parseRectangle,
  quoteSheet,
  rectangleAddress,
  toRectangles,
} from '../src/office/cells.js';

/** A small deterministic generator (mulberry32), so the case is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('toRectangles', () => {
  it('covers exactly the given cells, no more, for scattered and dense sets', () => {
    for (const [seed, density] of [
      [1, 0.1],
      [2, 0.5],
      [3, 0.95],
    ] as const) {
      const next = random(seed);
      const cells = new Set<string>();
      for (let row = 0; row < 60; row++)
        for (let column = 0; column < 12; column++) if (next() < density) cells.add(`${row},${column}`);
      const rectangles = toRectangles(
        [...cells].map((k) => ({ row: Number(k.split(',')[0]), column: Number(k.split(',')[1]) })),
      );
      const covered = new Map<string, number>();
      for (const r of rectangles) {
        for (let row = r.top; row <= r.bottom; row++)
          for (let c = r.left; c <= r.right; c++)
            covered.set(`${row},${c}`, (covered.get(`${row},${c}`) ?? 0) + 1);
      }
      expect(new Set(covered.keys())).toEqual(cells);
      expect([...covered.values()].every((n) => n === 1)).toBe(true);
      if (density > 0.9) expect(rectangles.length).toBeLessThan(cells.size / 5);
    }
  });

  it('makes one rectangle of a full block and round-trips addresses', () => {
    const block = [];
    for (let row = 2; row < 2000; row++)
      for (let column = 2; column < 5; column++) block.push({ row, column });
    expect(toRectangles(block).map(rectangleAddress)).toEqual(['C3:E2000']);
    expect(parseRectangle('E2000:C3')).toEqual({ top: 2, left: 2, bottom: 1999, right: 4 });
  });
});

describe('addressLists and quoteSheet', () => {
  it('cuts address lists at the length limit without splitting an address', () => {
    const addresses = Array.from({ length: 500 }, (_, i) => `B${i * 2 + 1}`);
    const lists = addressLists(addresses, 100);
    expect(lists.every((l) => l.length <= 100)).toBe(true);
    expect(lists.join(',').split(',')).toEqual(addresses);
  });

  it('quotes sheet names Excel needs quoted', () => {
    expect(quoteSheet("张三's 表")).toBe("'张三''s 表'");
  });
});
