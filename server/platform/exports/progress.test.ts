import { describe, expect, it } from 'vitest';
import { throttleProgress } from './progress.js';

describe('throttleProgress', () => {
  it('writes the first call, then at most once per interval, and always the last row', async () => {
    let now = 0;
    const writes: [number, number][] = [];
    const progress = throttleProgress(
      async (done, total) => {
        writes.push([done, total]);
      },
      { everyMs: 300, now: () => now },
    );
    // 1,000 rows added 1 ms apart: 0 ms … 999 ms.
    await progress(0, 1000);
    for (let i = 1; i <= 1000; i++) {
      now = i;
      await progress(i, 1000);
    }
    expect(writes).toEqual([
      [0, 1000],
      [300, 1000],
      [600, 1000],
      [900, 1000],
      [1000, 1000],
    ]);
  });

  it('returns nothing (no write to await) for the calls it drops', () => {
    const progress = throttleProgress(async () => {}, { everyMs: 1_000, now: () => 5 });
    expect(progress(0, 10)).toBeInstanceOf(Promise);
    expect(progress(1, 10)).toBeUndefined();
    expect(progress(1, 10)).toBeUndefined();
    expect(progress(10, 10)).toBeInstanceOf(Promise);
    // The same final count again is not written twice.
    expect(progress(10, 10)).toBeUndefined();
  });

  it('writes at once when the total changes (a builder that learns more rows)', () => {
    const writes: number[] = [];
    const progress = throttleProgress(
      async (_done, total) => {
        writes.push(total);
      },
      { everyMs: 1_000, now: () => 0 },
    );
    progress(0, 10);
    progress(1, 10);
    progress(1, 20);
    expect(writes).toEqual([10, 20]);
  });
});
