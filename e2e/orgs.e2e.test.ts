import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
let tmp: string;
beforeAll(async () => {
  e = await startE2E();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-orgs-e2e-'));
});
afterAll(async () => {
  await e?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Picks an option of the antd Select labelled `label` (the options render in a popup). */
async function pickSelect(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** The text of one column of the visible table rows (of the `inner` element in the cell, if given). */
async function columnTexts(page: Page, index: number, inner?: string) {
  return page.locator('.ant-table-tbody tr.ant-table-row').evaluateAll(
    (rows, [i, sel]) =>
      rows.map((r) => {
        const cell = r.querySelectorAll('td')[i as number];
        return ((sel ? cell?.querySelector(sel as string) : cell)?.textContent ?? '').trim();
      }),
    [index, inner ?? ''] as const,
  );
}

/** Writes a row by the template's column headers (「单位代码*」 and 「类型*(…)」 match 单位代码 and 类型). */
function fillRow(sheet: ExcelJS.Worksheet, rowNumber: number, values: Record<string, string | number>) {
  const headers = sheet.getRow(1);
  for (const [name, value] of Object.entries(values)) {
    let column = 0;
    headers.eachCell((cell, col) => {
      if (String(cell.value).replace(/[*(（].*$/, '') === name) column = col;
    });
    if (!column) throw new Error(`template has no column ${name}`);
    sheet.getRow(rowNumber).getCell(column).value = value;
  }
}

/** Closes the page's context and waits for it (page.close() leaves the context closing unawaited). */
async function closePage(page: Page) {
  await page.context().close();
}

const NEW_UNITS = [
  { code: 'E2E01', name: '云州市测试导入局', org: '中共云州市测试导入局机关支部委员会' },
  { code: 'E2E02', name: '云州市测试导入中心', org: '中共云州市测试导入中心支部委员会' },
];

describe('organisations (组织机构)', () => {
  it('committee staff browse units, open a unit tree, and import units from the template', async () => {
    const page = await e.newPage(DESKTOP);
    await e.login(page, e.account('committee_staff'));

    // the unit list, filtered by 片区
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.getByRole('menuitem', { name: '单位', exact: true }).click();
    await page.waitForURL('**/orgs');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expect.poll(() => page.getByText(/共 \d+ 条/).textContent()).toMatch(/共 (7\d|[89]\d|\d{3}) 条/);
    await pickSelect(page, '片区', '第二片区');
    await page.waitForURL(/areaId=\d+/);
    await expect
      .poll(async () => {
        const areas = await columnTexts(page, 3);
        return areas.length > 0 && areas.every((a) => a === '第二片区');
      })
      .toBe(true);
    await e.screenshot(page, 'orgs-units-desktop');

    // a unit's party-organisation tree
    const firstUnit = page.locator('.ant-table-tbody tr.ant-table-row td a').first();
    const unitName = (await firstUnit.textContent()) ?? '';
    await firstUnit.click();
    await page.waitForURL(/\/orgs\/units\/\d+$/);
    await page.getByRole('heading', { name: unitName }).waitFor();
    const tree = page.getByTestId('party-org-tree');
    await tree.locator('tr.ant-table-row').first().waitFor();
    expect(
      await tree
        .locator('.ant-tag')
        .filter({ hasText: /党组|机关党委|党总支|党支部/ })
        .count(),
    ).toBeGreaterThan(0);
    await e.screenshot(page, 'orgs-unit-detail-desktop');

    // add a branch under the unit's first organisation, then delete it
    await tree.getByRole('button', { name: '添加下级' }).first().click();
    const form = page.locator('.ant-drawer-body');
    await form.getByLabel('名称').fill('中共测试新增支部委员会');
    await form.getByLabel('类型').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '党支部' }).first().click();
    await form.getByLabel('届期开始').fill('2024-01-01');
    await form.getByLabel('届期开始').press('Enter');
    await form.getByLabel('届期结束').fill('2027-01-01');
    await form.getByLabel('届期结束').press('Enter');
    await form.getByLabel('党员人数').fill('7');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const added = tree.locator('tr.ant-table-row', { hasText: '中共测试新增支部委员会' });
    await added.waitFor();
    expect(await added.textContent()).toContain('2024-01-01 至 2027-01-01');
    await added.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await added.waitFor({ state: 'detached' });

    // the template download is an xlsx workbook
    // the cross-unit party-organisation list (换届提醒) and the areas
    await page.goto(`${e.baseUrl}/orgs/party-orgs`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('checkbox', { name: /届期将满/ }).click();
    await page.waitForURL(/termEndingWithinMonths=6/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(
      await page
        .locator('.ant-table-tbody tr.ant-table-row .ant-tag', { hasText: /届期(已满|将满)/ })
        .count(),
    ).toBeGreaterThan(0);
    await e.screenshot(page, 'orgs-party-orgs-desktop');
    await page.goto(`${e.baseUrl}/orgs/areas`);
    await page.getByRole('cell', { name: '第二片区' }).waitFor();
    await e.screenshot(page, 'orgs-areas-desktop');

    await page.goto(`${e.baseUrl}/orgs/import`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载导入模板' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const templatePath = path.join(tmp, 'template.xlsx');
    await download.saveAs(templatePath);
    expect(fs.readFileSync(templatePath).subarray(0, 2).toString()).toBe('PK');

    // fill it: two new units with one party organisation each
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const units = workbook.getWorksheet('单位');
    const orgs = workbook.getWorksheet('党组织');
    if (!units || !orgs) throw new Error('template sheets missing');
    for (const [i, u] of NEW_UNITS.entries()) {
      fillRow(units, i + 2, {
        单位代码: u.code,
        单位名称: u.name,
        考核类别: '综合管理部门',
        所属片区: '第二片区',
        窗口单位: '否',
        联系人: '张三',
        联系电话: '0871-1234567',
        排序: 900 + i,
      });
      fillRow(orgs, i + 2, {
        单位代码: u.code,
        党组织名称: u.org,
        类型: '党支部',
        成立日期: '2008-03-01',
        届期开始: '2023-03-01',
        届期结束: '2026-03-01',
        书记: '李四',
        党员人数: 12,
      });
    }
    const filled = path.join(tmp, '导入单位.xlsx');
    await workbook.xlsx.writeFile(filled);

    // dry run, then confirm
    await page.locator('input[type=file]').setInputFiles(filled);
    // a slow uplink, so the upload progress bar is seen
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const throttle = (uploadThroughput: number) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput,
      });
    await throttle(16 * 1024);
    await page.getByRole('button', { name: /试导入/ }).click();
    await page.getByTestId('import-progress').locator('.ant-progress').waitFor();
    await throttle(-1);
    const result = page.getByTestId('import-result');
    await result.waitFor();
    await expect.poll(() => result.textContent()).toContain('检查通过');
    const counts = page.getByTestId('import-counts');
    expect(await counts.locator('tr', { hasText: '单位' }).locator('td').nth(1).textContent()).toBe('2');
    expect(await counts.locator('tr', { hasText: '党组织' }).locator('td').nth(1).textContent()).toBe('2');
    await e.screenshot(page, 'orgs-import-dryrun-desktop');
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => result.textContent()).toContain('导入成功');
    await e.screenshot(page, 'orgs-import-done-desktop');

    // the new units are in the list
    await page.getByRole('button', { name: '查看单位列表' }).click();
    await page.waitForURL('**/orgs');
    await page.getByPlaceholder('名称、简称或代码').fill('测试导入');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect
      .poll(async () => (await columnTexts(page, 1, 'a')).sort())
      .toEqual(NEW_UNITS.map((u) => u.name).sort());
    await closePage(page);
  });

  it('shows a unit admin only their own unit, with only the contact fields editable', async () => {
    const admin = e.account('unit_admin');
    const page = await e.newPage(DESKTOP);
    await e.login(page, admin);
    await page.goto(`${e.baseUrl}/orgs`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await columnTexts(page, 1, 'a')).toEqual([admin.unit]);
    expect(await page.getByRole('button', { name: '新增单位' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '导出 Excel' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '导入' }).count()).toBe(0);

    await page
      .getByRole('button', { name: /编\s*辑/ })
      .first()
      .click();
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByText('只能修改简称、联系人和电话').waitFor();
    expect(await drawer.getByLabel('单位代码').isDisabled()).toBe(true);
    expect(await drawer.getByLabel('名称').isDisabled()).toBe(true);
    expect(await drawer.getByLabel('联系人').isDisabled()).toBe(false);
    await drawer.getByLabel('联系人').fill('王五');
    await drawer.getByLabel('电话').fill('0871-7654321');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => columnTexts(page, 6)).toEqual(['王五']);

    // another unit's page says plainly that it is not there for this user
    const ownHref =
      (await page.locator('.ant-table-tbody tr.ant-table-row td a').first().getAttribute('href')) ?? '';
    const ownId = Number(ownHref.split('/').pop());
    await page.goto(`${e.baseUrl}/orgs/units/${ownId === 1 ? 2 : 1}`);
    await page.getByText('单位不存在或无权查看').waitFor();
    await closePage(page);
  });

  it('gives the committee leader a read-only list with export', async () => {
    const page = await e.newPage(DESKTOP);
    await e.login(page, e.account('committee_leader'));
    await page.goto(`${e.baseUrl}/orgs`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: '导出 Excel' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '新增单位' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
    await closePage(page);
  });

  it('puts server field errors on fields, offers to reload a stale record, and lists row errors of a bad file', async () => {
    const page = await e.newPage(DESKTOP);
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/orgs`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();

    // a taken unit code: the server's message appears under the code field
    await page.getByRole('button', { name: '新增单位' }).click();
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByLabel('单位代码').fill('YZ001');
    await drawer.getByLabel('名称').fill('云州市重复代码测试局');
    await drawer.getByLabel('考核类别').fill('综合管理部门');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.locator('.ant-form-item-explain-error', { hasText: '单位代码已存在' }).waitFor();
    await page.getByRole('button', { name: /取\s*消/ }).click();

    // deleting a unit that still has party organisations: the server's refusal is shown
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.locator('.ant-message').getByText('该单位下还有党组织，不能删除').waitFor();

    // someone else saves the unit while the form is open: 409 → the conflict dialog offers a reload
    const firstLink = page.locator('.ant-table-tbody tr.ant-table-row td a').first();
    const unitId = Number((await firstLink.getAttribute('href'))?.split('/').pop());
    await page
      .getByRole('button', { name: /编\s*辑/ })
      .first()
      .click();
    await drawer.getByLabel('联系人').waitFor();
    const me = await (await page.request.get(`${e.baseUrl}/api/me`)).json();
    const unit = await (await page.request.get(`${e.baseUrl}/api/orgs/units/${unitId}`)).json();
    const { code, name, shortName, category, areaId, isWindow, phone, sort, version } = unit;
    const other = await page.request.put(`${e.baseUrl}/api/orgs/units/${unitId}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { code, name, shortName, category, areaId, isWindow, phone, sort, version, contact: '他人修改' },
    });
    expect(other.status()).toBe(200);
    await drawer.getByLabel('联系人').fill('我的修改');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.getByText('该记录已被他人修改，请刷新后重试').waitFor();
    await dialog.getByRole('button', { name: /重新加载/ }).click();
    await expect.poll(() => columnTexts(page, 6)).toContain('他人修改');

    // a file with row errors: nothing is written, each error names sheet, row and column
    await page.goto(`${e.baseUrl}/orgs/import`);
    const workbook = new ExcelJS.Workbook();
    const units = workbook.addWorksheet('单位');
    units.addRow([
      '单位代码*',
      '单位名称*',
      '简称',
      '考核类别*',
      '所属片区',
      '窗口单位(是/否)',
      '联系人',
      '联系电话',
      '排序',
    ]);
    units.addRow(['BAD01', '', '', '综合管理部门', '不存在的片区', '也许', '', '', '']);
    const orgs = workbook.addWorksheet('党组织');
    orgs.addRow([
      '单位代码*',
      '党组织名称*',
      '类型*(党组/机关党委/党总支/党支部)',
      '上级党组织名称',
      '类别代码',
      '成立日期',
      '届期开始',
      '届期结束',
      '书记',
      '联系人',
      '联系电话',
      '党员人数',
    ]);
    orgs.addRow(['NOPE99', '中共测试支部委员会', '党支部', '', '', '', '', '', '', '', '', 5]);
    const bad = path.join(tmp, 'bad.xlsx');
    await workbook.xlsx.writeFile(bad);
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: /试导入/ }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('本次没有写入任何数据');
    const rows = await errors.locator('tbody tr.ant-table-row').allTextContents();
    expect(rows.some((r) => r.startsWith('单位2单位名称'))).toBe(true);
    expect(rows.some((r) => r.startsWith('党组织2单位代码'))).toBe(true);
    expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await e.screenshot(page, 'orgs-import-errors-desktop');
    await closePage(page);
  });

  it('fits a phone: list cards, unit detail and the import page', async () => {
    const page = await e.newPage(PHONE);
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/orgs`);
    const card = page.locator('.ant-card').first();
    await card.waitFor();
    await e.screenshot(page, 'orgs-units-phone');
    await page.screenshot({
      path: path.resolve(import.meta.dirname, '../.test-results/screenshots/orgs-units-phone-top.png'),
    });
    await card.getByRole('button', { name: /编\s*辑/ }).click();
    await page.locator('.ant-drawer-body').getByLabel('单位代码').waitFor();
    await e.screenshot(page, 'orgs-unit-form-phone');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await card.locator('.ant-card-head a').click();
    await page.waitForURL(/\/orgs\/units\/\d+$/);
    await page.getByTestId('party-org-tree').locator('tr.ant-table-row').first().waitFor();
    await e.screenshot(page, 'orgs-unit-detail-phone');
    await page.goto(`${e.baseUrl}/orgs/party-orgs?termEndingWithinMonths=6`);
    await page.locator('.ant-card, .ant-empty').first().waitFor();
    await e.screenshot(page, 'orgs-party-orgs-phone');
    await page.goto(`${e.baseUrl}/orgs/import`);
    await page.getByRole('button', { name: '下载导入模板' }).waitFor();
    await e.screenshot(page, 'orgs-import-phone');
    await closePage(page);
  });
});
