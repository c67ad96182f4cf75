import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const H1 = 'from=2010-01-01&to=2010-06-30';

describe('统计分析 and the half-year summary', () => {
  it('shows the figures of a period with charts, and a number opens exactly the records it counts', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    const card = page.getByTestId('figure-problems.found');
    await expect.poll(() => card.textContent()).toContain('42');
    await card.click();
    const items = page.getByTestId('figure-sources').locator('.ant-list-item');
    await expect.poll(() => items.count()).toBe(42);
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });
    await page.getByTestId('area-chart').locator('canvas').waitFor();
    for (const chart of ['problems-by-category', 'problems-by-status', 'problems-by-unit']) {
      await page.getByTestId(chart).locator('canvas').waitFor();
    }
    await e.screenshot(page, 'reports-dashboard-desktop');
    await page.setViewportSize(PHONE);
    await e.screenshot(page, 'reports-dashboard-phone');
    await page.close();
  });

  it('drafts the 2010 half-year summary from the records and shows every figure linked', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/statistics/summaries`);
    await page.getByRole('button', { name: '起草工作总结' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度').fill('2010');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('时段').click();
    await page.getByTitle('上半年').click();
    await dialog.getByRole('button', { name: /起\s*草/ }).click();
    const preview = page.getByTestId('summary-preview');
    await expect
      .poll(() => preview.textContent(), { timeout: 30_000 })
      .toContain('对16个党组（党委）中心组理论学习情况进行了巡听');
    expect(await preview.textContent()).toContain('共查找机关作风问题42条，涉及23个部门');
    await page.getByTestId('token-inspections.groupsInspected').first().click();
    await expect.poll(() => page.getByTestId('figure-sources').locator('.ant-list-item').count()).toBe(16);
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });
    await e.screenshot(page, 'reports-summary-desktop');
    await page.setViewportSize(PHONE);
    await e.screenshot(page, 'reports-summary-phone');
    await page.close();
  });

  it('gives a unit admin the dashboard of its own unit only', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('unit_admin'));
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    await page.getByTestId('figure-problems.found').waitFor();
    expect(await page.getByRole('menuitem', { name: '工作总结' }).count()).toBe(0);
    expect(await page.getByTestId('area-chart').count()).toBe(0);
    await page.close();
  });
});
