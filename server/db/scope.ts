import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { DataScope } from '../platform/access.js';

/**
 * The WHERE clause that keeps a list inside the caller's reach: the tenant, and where the
 * scope says so, the user's units or the units of the user's areas. `unitColumn` is the
 * column holding the record's unit id (e.g. 'units.id', 'party_orgs.unit_id').
 */
export function inScope(scope: DataScope, tenantColumn: string, unitColumn: string): Expression<SqlBool> {
  const parts = [sql`${sql.ref(tenantColumn)} = ${scope.tenantId}`];
  if (scope.unitIds) {
    parts.push(
      scope.unitIds.length ? sql`${sql.ref(unitColumn)} in (${sql.join(scope.unitIds)})` : sql`1 = 0`,
    );
  }
  if (scope.areaIds) {
    parts.push(
      scope.areaIds.length
        ? sql`${sql.ref(unitColumn)} in (select id from units where area_id in (${sql.join(scope.areaIds)}))`
        : sql`1 = 0`,
    );
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Same as inScope, for use inside `.where((eb) => …)` callbacks. */
export function scopeFilter(scope: DataScope, tenantColumn: string, unitColumn: string) {
  return <DB, TB extends keyof DB>(_eb: ExpressionBuilder<DB, TB>) =>
    inScope(scope, tenantColumn, unitColumn);
}
