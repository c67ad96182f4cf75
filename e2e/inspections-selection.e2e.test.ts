import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../server/platform/clock.js';
import { type E2E, PHONE, startE2E } from './harness.js';

/**
 * 优秀学习中心组 year-end selection in Chromium: staff nominates from the 2010 ranking → the
 * committee leader approves from the workbench → staff puts it on 公示 and registers an objection
 * → after the 公示 period (the server clock moved on) staff confirms the final result.
 */

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(async () => {
  clock.reset();
  await e?.close();
});

const OK = /确\s*定|OK/;
const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text }).first();
/** Types a date into an antd picker inside a dialog; leaving the field commits it (Enter would submit the dialog). */
async function pick(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}
const shanghaiToday = () => new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('优秀学习中心组评选', () => {
  it('goes from nomination through approval and 公示 to the final result', async () => {
    // 1. Staff nominates the top-ranked central group of 2010.
    const staff = e.account('committee_staff');
    const page = await e.newPage();
    await e.login(page, staff);
    await page.goto(`${e.baseUrl}/inspections/year-end`);
    await page.getByText('综合分 =').waitFor();
    const first = page.locator('.ant-table-row').first();
    const unit = ((await first.locator('td').nth(1).textContent()) ?? '').trim();
    expect(unit).toMatch(/云州市/);
    await first.getByRole('button', { name: '推荐为优秀学习中心组' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('推荐理由').fill('学习制度健全，中心发言准备充分，巡听评定优秀');
    await dialog.getByRole('button', { name: OK }).click();
    await row(page, '学习制度健全').getByText('已推荐').waitFor();

    // 2. The committee leader sees it on the workbench and approves it.
    const leaderPage = await e.newPage();
    await e.login(leaderPage, e.account('committee_leader'));
    await leaderPage.getByText('优秀学习中心组推荐待审批').first().click();
    await row(leaderPage, '学习制度健全').getByRole('button', { name: '审批通过' }).click();
    await leaderPage.getByRole('dialog').getByLabel('审批意见').fill('同意推荐');
    await leaderPage.getByRole('dialog').getByRole('button', { name: OK }).click();
    await row(leaderPage, '学习制度健全').getByText('已审批').waitFor();
    await leaderPage.close();

    // 3. Staff starts a 5-day 公示 and registers an objection received during it.
    await page.reload();
    await row(page, '学习制度健全').getByRole('button', { name: '开始公示' }).click();
    await page.getByRole('dialog').getByLabel('公示天数').fill('5');
    await page.getByRole('dialog').getByRole('button', { name: OK }).click();
    await row(page, '学习制度健全').getByText('公示中').waitFor();
    await row(page, '学习制度健全').getByRole('button', { name: '登记异议' }).click();
    const objection = page.getByRole('dialog');
    await objection.getByLabel('异议内容').fill('反映个别学习记录为事后补写');
    await pick(objection.getByLabel('异议收到日期'), shanghaiToday());
    await objection.getByRole('button', { name: OK }).click();
    await row(page, '学习制度健全').getByText('反映个别学习记录为事后补写').waitFor();
    // Confirming before the period is over is refused with the end date.
    await row(page, '学习制度健全').getByRole('button', { name: '确定结果' }).click();
    await page.getByRole('dialog').getByRole('button', { name: OK }).click();
    await page
      .getByText(/公示期满后才能确定/)
      .first()
      .waitFor();
    await e.screenshot(page, 'inspections-selection-publicity-desktop');
    await page.close();

    // 4. Six days later the workbench says the 公示 is over; staff confirms the result.
    clock.advance(6 * 86_400_000);
    const later = await e.newPage();
    await e.login(later, staff);
    await later.getByText('公示期已满，待确定结果').first().click();
    await row(later, '学习制度健全').getByRole('button', { name: '确定结果' }).click();
    await later.getByRole('dialog').getByLabel('结果说明').fill('异议经核实不影响评选结果');
    await later.getByRole('dialog').getByRole('button', { name: OK }).click();
    await row(later, '学习制度健全').getByText('已确定').waitFor();
    await e.screenshot(later, 'inspections-selection-final-desktop');
    await later.close();

    const phone = await e.newPage(PHONE);
    await e.login(phone, staff);
    await phone.goto(`${e.baseUrl}/inspections/year-end`);
    await phone.getByText('已确定').first().waitFor();
    await e.screenshot(phone, 'inspections-selection-phone');
    await phone.close();
  }, 240_000);
});
