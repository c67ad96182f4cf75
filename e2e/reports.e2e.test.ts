import ExcelJS from 'exceljs';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryComparison, Heatmap } from '../common/reports.js';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const H1 = 'from=2010-01-01&to=2010-06-30';

/** Pixels of a chart's canvas that are painted (not transparent, not white). */
function paintedPixels(chart: Locator) {
  return chart
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] > 0 && !(data[i] > 250 && data[i + 1] > 250 && data[i + 2] > 250)) n++;
      return n;
    });
}

/** The chart-relative position of the first canvas pixel of an exact colour below the legend (a bar). */
async function pixelOf(chart: Locator, rgb: [number, number, number]) {
  const at = await chart
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      // Below the legend (whose icon has the same colour).
      for (let i = Math.ceil(48 * ratio) * width * 4; i < data.length; i += 4)
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) {
          const p = i / 4;
          // A few pixels inside the bar, not on its edge.
          return { x: (p % width) / ratio + 4, y: Math.floor(p / width) / ratio + 4 };
        }
      return null;
    }, rgb);
  expect(at, 'bar colour on the canvas').not.toBeNull();
  return { x: at?.x ?? 0, y: at?.y ?? 0 };
}

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

  it('exports the overview as Excel with a progress dialog; the workbook holds the figures the page shows', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    await expect.poll(() => page.getByTestId('figure-problems.found').textContent()).toContain('42');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    const dialog = page.locator('.ant-modal-wrap:visible .ant-modal');
    await dialog.getByText(/导出完成/).waitFor();
    expect(download.suggestedFilename()).toBe('统计概览_2010年度上半年.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows = (workbook.getWorksheet('数据指标')?.getSheetValues() ?? []) as unknown[][];
    // Columns: 工作类别, 指标, 数值 … (getSheetValues is 1-based).
    expect(rows.find((r) => r?.[2] === '查找作风问题')?.[3]).toBe(42);
    expect(workbook.getWorksheet('来源记录')?.actualRowCount).toBeGreaterThan(42);
    expect(workbook.getWorksheet('单位工作落实热力图')?.actualRowCount).toBeGreaterThan(1);
    await page.close();
  });

  it('shows the unit × work heat map; a cell opens exactly the records it counts for that unit', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    const chart = page.getByTestId('unit-heatmap');
    await chart.locator('canvas').first().waitFor();
    await expect.poll(() => paintedPixels(chart)).toBeGreaterThan(5000);
    // The same heat map the page drew (first page of 20 units), to find a cell with records.
    const heat = (await (
      await page.request.get(`${e.baseUrl}/api/reports/heatmap?${H1}&page=1&pageSize=20`)
    ).json()) as Heatmap;
    expect(heat.rows).toHaveLength(20);
    expect(heat.total).toBeGreaterThan(20);
    expect(heat.rows[0].lag).toBeGreaterThanOrEqual(heat.rows[19].lag);
    let target: { x: number; y: number; count: number } | null = null;
    for (const [y, row] of heat.rows.entries())
      for (const [x, col] of heat.columns.entries())
        if (!target && row.cells[col.key].count > 1) target = { x, y, count: row.cells[col.key].count };
    expect(target).not.toBeNull();
    // Geometry of UnitHeatmap: a 112 px label column, 44 px above and below the grid.
    const box = await chart.boundingBox();
    if (!box || !target) throw new Error('no chart');
    const cellW = (box.width - 112 - 8) / heat.columns.length;
    const cellH = (box.height - 88) / heat.rows.length;
    await chart.click({ position: { x: 112 + cellW * (target.x + 0.5), y: 44 + cellH * (target.y + 0.5) } });
    const items = page.getByTestId('figure-sources').locator('.ant-list-item');
    await expect.poll(() => items.count()).toBe(target.count);
    await e.screenshot(page, 'reports-heatmap-sources-desktop');
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });
    // Top 10 laggards only.
    await page.getByLabel('显示').click();
    await page.getByTitle('滞后前 10 个单位').click();
    await expect.poll(async () => (await chart.boundingBox())?.height).toBe(10 * 30 + 96);
    await page.setViewportSize(PHONE);
    await page.getByTestId('unit-heatmap-card').scrollIntoViewIfNeeded();
    // On a phone the six columns fit the screen (short names, narrow cells): no sideways scroll.
    await expect.poll(async () => (await chart.boundingBox())?.width ?? 999).toBeLessThanOrEqual(PHONE.width);
    await expect
      .poll(() =>
        chart.evaluate(
          (el) =>
            el.parentElement!.parentElement!.scrollWidth <= el.parentElement!.parentElement!.clientWidth,
        ),
      )
      .toBe(true);
    await e.screenshot(page, 'reports-heatmap-phone');
    await page.close();
  });

  it('compares the assessment categories of the period; a bar opens that category’s ranking', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    const data = (await (
      await page.request.get(`${e.baseUrl}/api/reports/assessment-categories?${H1}`)
    ).json()) as CategoryComparison;
    expect(data.scheme).not.toBeNull();
    const chart = page.getByTestId('category-chart');
    await chart.locator('canvas').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => paintedPixels(chart)).toBeGreaterThan(3000);
    const rows = page.getByTestId('category-comparison').locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(data.categories.length);
    await e.screenshot(page, 'reports-categories-desktop');
    // The first average bar (#c41d1d) is the first category's.
    const first = data.categories.find((c) => c.average !== null);
    if (!first) throw new Error('no category with an average');
    await chart.click({ position: await pixelOf(chart, [196, 29, 29]) });
    await page.waitForURL(/\/assessments\/schemes\/\d+\?tab=results&category=/);
    const category = new URL(page.url()).searchParams.get('category');
    expect(data.categories.map((c) => c.category)).toContain(category);
    const titles = page.locator('h5.ant-typography');
    await expect.poll(() => titles.allTextContents()).toEqual([category]);
    await page.setViewportSize(PHONE);
    await e.screenshot(page, 'reports-category-results-phone');
    await page.goto(`${e.baseUrl}/statistics?${H1}`);
    await page.getByTestId('category-chart').locator('canvas').first().waitFor();
    await page.getByTestId('category-comparison').scrollIntoViewIfNeeded();
    await e.screenshot(page, 'reports-categories-phone');
    // A period without an assessment says so and links to 考评管理.
    await page.goto(`${e.baseUrl}/statistics?from=2009-01-01&to=2009-06-30`);
    const empty = page.getByTestId('categories-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('所选期间没有考评');
    await empty.getByRole('link', { name: '前往考评管理' }).click();
    await page.waitForURL(/\/assessments$/);
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
    const heat = page.getByTestId('unit-heatmap');
    await heat.locator('canvas').first().waitFor();
    expect(await page.getByTestId('unit-heatmap-card').textContent()).toContain('共 1 个单位');
    // The demo's assessments are still being scored: nothing published for a unit to compare.
    await page.getByTestId('categories-empty').waitFor();
    await e.screenshot(page, 'reports-dashboard-unit-admin');
    await page.close();
  });
});
