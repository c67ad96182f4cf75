import type { Executor } from '../../db/connection.js';
import { nextNumber } from '../../db/counters.js';

/** Counter keys: 第N期 per series and year; 增刊 numbered separately; 总第N期 across years. */
export const briefingCounterKey = (seriesId: number, year: number, supplement: boolean) =>
  supplement ? `briefing-supplement:${seriesId}:${year}` : `briefing:${seriesId}:${year}`;
export const briefingTotalKey = (seriesId: number) => `briefing-total:${seriesId}`;

/**
 * Assigns the issue number of a briefing being published, inside the publishing transaction:
 * gap-free and unique under concurrency (the counter row is locked until the transaction ends,
 * and a rolled-back publication gives its number back).
 */
export async function assignBriefingNumber(
  trx: Executor,
  tenantId: number,
  series: { id: number; hasRunningTotal: number; totalBase: number },
  isSupplement: boolean,
  issuedOn: string,
) {
  const year = Number(issuedOn.slice(0, 4));
  const number = await nextNumber(trx, tenantId, briefingCounterKey(series.id, year, isSupplement));
  const totalNumber =
    series.hasRunningTotal === 1 && !isSupplement
      ? series.totalBase + (await nextNumber(trx, tenantId, briefingTotalKey(series.id)))
      : null;
  return { year, number, totalNumber };
}
