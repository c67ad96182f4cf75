import './tables.js';
import type { MEDIA } from '../../../common/commitments.js';
import type { Db } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { Figure, Period } from '../campaigns/figures-queries.js';

/** 公开承诺的单位: distinct units with a commitment made in the period, optionally on one medium (ids are unit ids). */
export async function unitsWithPublicCommitments(
  db: Db,
  scope: DataScope,
  period: Period,
  medium?: (typeof MEDIA)[number],
): Promise<Figure> {
  let q = db
    .selectFrom('commitments')
    .select('unitId')
    .distinct()
    .where(inScope(scope, 'commitments.tenant_id', 'commitments.unit_id'))
    .where('committedOn', '>=', period.from)
    .where('committedOn', '<=', period.to);
  if (medium) q = q.where('medium', '=', medium);
  const ids = (await q.orderBy('unitId').execute()).map((r) => r.unitId);
  return { count: ids.length, ids };
}
