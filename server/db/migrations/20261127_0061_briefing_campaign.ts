// Why: a briefing series can be the campaign's own (作风建设简报 for 作风建设年), so that a summary
// counts "印发简报N期" for the campaign from the briefings of its series, not from every series.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('briefing_series').addColumn('campaign_id', 'integer').execute();
}
