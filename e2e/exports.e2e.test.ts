import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

async function openLedger(page: Page) {
  await e.login(page, e.account('committee_staff'));
  await page.goto(`${e.baseUrl}/work-style/ledger`);
  await page.getByRole('button', { name: '导出台账' }).waitFor();
  await page.waitForLoadState('networkidle');
}

const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

describe('export jobs', () => {
  it('exports the 整改台账 with a progress dialog and downloads the workbook', async () => {
    const page = await e.newPage(DESKTOP);
    await openLedger(page);
    // What the ledger must hold: every problem of the list (same scope, no filter).
    const listed = await page.request.get(`${e.baseUrl}/api/problems?page=1&pageSize=1`);
    const total = (await listed.json()).total as number;
    expect(total).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出台账' }).click(),
    ]);
    await dialog(page).getByText('导出问题台账').waitFor();
    await dialog(page).getByText(`导出完成，共 ${total} 行，文件已开始下载`).waitFor();
    expect(await dialog(page).locator('.ant-progress-status-success').count()).toBe(1);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('问题清单');
    expect(sheet).toBeDefined();
    // Row 1 is the title, row 2 the header.
    expect(sheet!.actualRowCount - 2).toBe(total);
    await e.screenshot(page, 'exports-done-desktop');

    // 重新下载 fetches the same file again.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      dialog(page)
        .getByRole('button', { name: /重新下载/ })
        .click(),
    ]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());
    await dialog(page)
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await dialog(page).waitFor({ state: 'hidden' });
    await page.close();
  });

  it('shows “已导出 N / M 行” while the job runs, and stops polling once the dialog is closed', async () => {
    const page = await e.newPage(PHONE);
    await openLedger(page);
    // Hold the job at 40 of 100 rows as the server would report it mid-way, and count the polls.
    let polls = 0;
    await page.route(/\/api\/exports\/\d+$/, async (route) => {
      polls += 1;
      await route.fulfill({
        json: {
          id: Number(route.request().url().split('/').pop()),
          kind: 'problems.ledger',
          status: 'running',
          doneRows: 40,
          totalRows: 100,
          fileName: null,
          error: null,
          createdAt: new Date().toISOString(),
          finishedAt: null,
        },
      });
    });
    await page.getByRole('button', { name: '导出台账' }).click();
    await dialog(page).getByText('已导出 40 / 100 行').waitFor();
    expect(await dialog(page).locator('.ant-progress-indicator').textContent()).toBe('40%');
    await e.screenshot(page, 'exports-running-phone');
    const before = polls;
    await page.waitForTimeout(1600);
    expect(polls - before).toBeGreaterThanOrEqual(2);

    await dialog(page)
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await dialog(page).waitFor({ state: 'hidden' });
    const closedAt = polls;
    await page.waitForTimeout(1600);
    expect(polls).toBe(closedAt);
    await page.close();
  });
});
