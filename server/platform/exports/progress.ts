/**
 * How an export builder reports its progress: call it as rows are added and `await` the result.
 * Most calls return nothing; now and then the job writes the count to its row and returns that
 * write's promise, which also yields the event loop so that the process keeps serving requests
 * (polls included) while a long synchronous loop builds a workbook.
 */
export type ExportProgress = (done: number, total: number) => void | Promise<void>;

export interface ThrottleOptions {
  /** Least time between two writes, in ms. */
  everyMs: number;
  /** A monotonic clock in ms (performance.now by default; tests pass their own). */
  now?: () => number;
}

/**
 * Turns a builder's many progress calls into few writes: the first call (the total is known),
 * then at most one every `everyMs`, and the last row (done === total). A call that does not
 * advance is dropped.
 */
export function throttleProgress(
  write: (done: number, total: number) => Promise<void>,
  options: ThrottleOptions,
): ExportProgress {
  const now = options.now ?? (() => performance.now());
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastDone = -1;
  let lastTotal = -1;
  return (done, total) => {
    if (done === lastDone && total === lastTotal) return;
    const at = now();
    const final = done >= total;
    if (!final && lastDone >= 0 && total === lastTotal && at - lastAt < options.everyMs) return;
    lastAt = at;
    lastDone = done;
    lastTotal = total;
    return write(done, total);
  };
}

/** Yields to the event loop (timers and I/O run) — better-sqlite3 answers synchronously. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
