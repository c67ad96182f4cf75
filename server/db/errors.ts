/**
 * Whether a database error is a unique-constraint violation (SQLite SQLITE_CONSTRAINT_UNIQUE /
 * PRIMARYKEY, PostgreSQL 23505): two writers raced to create the same row, and the loser should be
 * told to retry (409) rather than see a server error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
