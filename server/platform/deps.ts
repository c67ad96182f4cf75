import type { Config } from '../config.js';
import type { DatabaseHandle, Db, DialectName } from '../db/connection.js';

/** What services are built from; made once in app.ts and handed down (no DI framework). */
export interface Deps {
  db: Db;
  dialect: DialectName;
  handle: DatabaseHandle;
  config: Config;
}
