import type { DemoStep } from './context.js';
import '../modules/reports/tables.js';

/**
 * Links between the modules' demo records that no single module owns: the 作风建设简报 series
 * belongs to the 2010 作风建设年 campaign (the series and the campaign are made by their own steps).
 */
export const linksDemo: DemoStep = {
  name: 'links',
  async run({ trx, tenantId }) {
    const campaign = await trx
      .selectFrom('wsCampaigns')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('year', '=', 2010)
      .executeTakeFirst();
    if (!campaign) return;
    await trx
      .updateTable('briefingSeries')
      .set({ campaignId: campaign.id })
      .where('tenantId', '=', tenantId)
      .where('name', '=', '作风建设简报')
      .execute();
  },
};
