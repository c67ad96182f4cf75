import type { Db } from '../../db/connection.js';
import { clock } from '../clock.js';
import { deleteEndedWindows, hitWindow } from './rate-limit-queries.js';

/**
 * A fixed-window counter per key (the client IP for logins), kept in the database so that every app
 * instance behind the proxy counts against the same window. Ended windows are swept at most once a
 * window per process (any instance may sweep; deleting ended rows twice is harmless).
 */
export function createRateLimiter(options: { db: Db; scope: string; limit: number; windowMs: number }) {
  let lastSweep = 0;
  return {
    /** Counts one hit; resolves false when the key is over its limit for this window. */
    async hit(key: string): Promise<boolean> {
      const now = clock.now().getTime();
      if (now - lastSweep > options.windowMs) {
        lastSweep = now;
        await deleteEndedWindows(options.db, now);
      }
      const hits = await hitWindow(options.db, `${options.scope}:${key}`, now, options.windowMs);
      return hits <= options.limit;
    },
  };
}
