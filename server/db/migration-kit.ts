import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { DialectName } from './connection.js';

/** A migration receives the dialect so that the few type differences live here and nowhere else. */
export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Starts a table with an auto-increment integer primary key. */
export function tableWithId(
  db: Kysely<unknown>,
  dialect: DialectName,
  name: string,
): CreateTableBuilder<string, 'id'> {
  const builder = db.schema.createTable(name);
  return dialect === 'postgres'
    ? builder.addColumn('id', sql`serial`, (col) => col.primaryKey())
    : builder.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

/** Adds the tenant column that every business table carries, with its foreign key. */
export function withTenant<T extends string, C extends string>(builder: CreateTableBuilder<T, C>) {
  return builder.addColumn('tenant_id', 'integer', (col) => col.notNull().references('tenants.id'));
}

/** version / created_at / updated_at for tables edited through forms (optimistic locking). */
export function withTimestamps<T extends string, C extends string>(builder: CreateTableBuilder<T, C>) {
  return builder
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull());
}
