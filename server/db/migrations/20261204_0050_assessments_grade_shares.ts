// Why: 考评 pre-fill from 巡听 grades needs, per indicator, how many of its points each grade earns
// (优秀/良好/一般/较差 as a share of the indicator's points), editable by the committee per scheme.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('assessment_indicators').addColumn('grade_shares', 'text').execute();
}
