/**
 * A fixed-window counter per key (the client IP for logins). Held in this process: with several
 * instances each keeps its own window, which still bounds a single attacker per instance; the
 * account lockout, which is in the database, is the limit that holds across instances.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  const now = options.now ?? Date.now;
  return {
    /** Counts one hit; returns false when the key is over its limit for this window. */
    hit(key: string): boolean {
      const t = now();
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= t) hits.delete(k);
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= t) {
        hits.set(key, { count: 1, resetAt: t + options.windowMs });
        return true;
      }
      entry.count += 1;
      return entry.count <= options.limit;
    },
  };
}
