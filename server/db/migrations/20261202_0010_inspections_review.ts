// Why: 巡听 study plans get a committee 审核通过 (accept) step next to 退回修改: who accepted the
// version, when, and with what comment, so the unit sees its plan was approved.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('inspection_study_plans').addColumn('accepted_at', 'text').execute();
  await db.schema.alterTable('inspection_study_plans').addColumn('accepted_by', 'integer').execute();
  await db.schema.alterTable('inspection_study_plans').addColumn('accept_comment', 'text').execute();
}
