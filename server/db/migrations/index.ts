import type { DialectMigration } from '../migration-kit.js';
import * as foundation from './20261127_0001_foundation.js';

/**
 * Every migration, in order. Names are timestamped and forward-only; a module adds its file here.
 * A static list (rather than a folder scan) keeps the compiled build and the tests identical.
 */
export const migrations: Record<string, DialectMigration> = {
  '20261127_0001_foundation': foundation,
};
