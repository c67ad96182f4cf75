import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle } from './connection.js';
import { migrations } from './migrations/index.js';

export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) {
        // Migrations speak snake_case SQL; they must not go through the CamelCasePlugin.
        out[name] = { up: (db: Kysely<unknown>) => m.up(db.withoutPlugins(), handle.dialect) };
      }
      return out;
    },
  };
  // Migrations are forward-only and each touches its own tables, so one that lands after a later-named
  // one has already run (parallel work, a hotfix) is applied rather than refused (docs/decisions/0002).
  const migrator = new Migrator({ db: handle.db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
