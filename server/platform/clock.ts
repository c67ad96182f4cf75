/**
 * The one source of "now". Tests move it (fake clock) to prove timeouts and deadlines;
 * production code never calls Date.now() for business decisions.
 */
let offsetMs = 0;
let frozen: number | null = null;

export const clock = {
  now(): Date {
    return new Date(frozen ?? Date.now() + offsetMs);
  },
  nowIso(): string {
    return clock.now().toISOString();
  },
  /** Test hooks. */
  advance(ms: number): void {
    if (frozen !== null) frozen += ms;
    else offsetMs += ms;
  },
  freeze(at: Date | string): void {
    frozen = new Date(at).getTime();
  },
  reset(): void {
    offsetMs = 0;
    frozen = null;
  },
};

/** Calendar date (YYYY-MM-DD) in Asia/Shanghai, the zone all of our users live in. */
export function shanghaiDate(at: Date = clock.now()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
