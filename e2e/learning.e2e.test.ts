import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** Picks an option of the antd Select inside the form item with this label. */
async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

const XSS_BODY =
  '<p>各党组织认真<strong>学习讲话精神</strong>。</p><script>window.__xss = "script"; alert(1)</script>' +
  '<img src="x" onerror="window.__xss = \'img\'; alert(2)"><a href="javascript:alert(3)">恶意链接</a>';

describe('learning and publicity', () => {
  it('staff records a study day with a book gift, a unit reports an activity, staff publishes a briefing, the public page shows it', async () => {
    const staff = e.account('committee_staff');
    const page = await e.newPage();
    await e.login(page, staff);

    // 1. A study day with a book gift.
    await page.goto(`${e.baseUrl}/learning/study-days`);
    await page.getByText('第一期党务干部学习日', { exact: false }).first().waitFor();
    await e.screenshot(page, 'learning-study-days-desktop');
    await page.getByRole('button', { name: '新增学习日' }).click();
    await page.getByLabel('日期', { exact: true }).fill('2010-12-10');
    await page.getByLabel('主题').fill('第四期党务干部学习日：年终学习交流');
    await page.getByLabel('主讲人').fill('工委书记');
    await page.getByRole('button', { name: '全选单位' }).click();
    await page.getByRole('button', { name: '添加赠书' }).click();
    await page.locator('.ant-drawer .ant-select').filter({ hasText: '书名' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '科学发展观学习读本' })
      .click();
    await e.screenshot(page, 'learning-study-day-form-desktop');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.getByRole('row').filter({ hasText: '第四期党务干部学习日' });
    await row.waitFor();
    expect(await row.textContent()).toContain('《科学发展观学习读本》');

    // 2. A unit admin reports a reading activity (phone width).
    const admin = e.account('unit_admin');
    const phone = await e.newPage(PHONE);
    await e.login(phone, admin);
    await phone.goto(`${e.baseUrl}/learning/activities`);
    await phone.getByRole('button', { name: '上报读书活动' }).click();
    await pick(phone, '活动形式', '读书角');
    await phone.locator('.ant-modal').getByLabel('日期', { exact: true }).fill('2010-12-01');
    await phone.getByLabel('活动名称').fill('冬季读书角开放');
    await e.screenshot(phone, 'learning-activity-form-phone');
    await phone.getByRole('button', { name: /保\s*存/ }).click();
    await phone.getByRole('cell', { name: '冬季读书角开放' }).waitFor();
    await e.screenshot(phone, 'learning-activities-phone');
    await phone.close();

    // Coverage: the committee sees who reported and who did not.
    await page.goto(`${e.baseUrl}/learning/activities`);
    await page.getByRole('tab', { name: '读书活动覆盖' }).click();
    await page.getByLabel('开始日期').last().fill('2010-01-01');
    await page.getByLabel('结束日期').last().fill('2010-12-31');
    await page.getByText(/个单位未上报/).waitFor();
    await e.screenshot(page, 'learning-coverage-desktop');

    // 3. A briefing: draft → 送审 → 审核印发, public.
    await page.goto(`${e.baseUrl}/publicity`);
    await page.getByRole('button', { name: '新增简报' }).click();
    await page.getByLabel('标题', { exact: true }).fill('市直机关开展年终学习交流');
    await page.getByLabel('文章标题').fill('市直机关开展年终学习交流');
    await page
      .getByLabel('文章正文')
      .fill('12月10日，工委举办第四期党务干部学习日。\n各单位交流了学习体会。');
    await page.getByLabel('在机关党建网站公开').click();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('市直机关开展年终学习交流').first().click();
    await page.getByRole('button', { name: /送\s*审/ }).click();
    await page.getByRole('button', { name: '审核印发' }).waitFor();
    await page.locator('input[aria-label="印发日期"]').fill('2010-12-12');
    await page.getByRole('button', { name: '审核印发' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.locator('.ant-drawer-title').getByText('已印发').waitFor();
    expect(await page.locator('.ant-drawer-title').textContent()).toMatch(/2010年第\d+期/);
    await e.screenshot(page, 'publicity-briefing-desktop');
    await page.keyboard.press('Escape');

    // A news post whose body tries to run script.
    await page.goto(`${e.baseUrl}/publicity/news`);
    await page.getByRole('button', { name: '新增新闻' }).click();
    await page.getByLabel('标题', { exact: true }).fill('脚本注入测试新闻');
    // The body as pasted HTML (what a browser puts into the editor), then a heading from the toolbar.
    const editor = page.getByRole('textbox', { name: '正文' });
    await editor.evaluate((el, html) => {
      el.innerHTML = html;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, XSS_BODY);
    await editor.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.firstElementChild ?? el);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.getByRole('button', { name: '小标题' }).click();
    await e.screenshot(page, 'publicity-news-editor-desktop');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const newsRow = page.getByRole('row').filter({ hasText: '脚本注入测试新闻' });
    await newsRow.getByRole('button', { name: /发\s*布/ }).click();
    await newsRow.getByText('已发布').waitFor();
    await page.close();

    // 4. The public page, without signing in: what is public, and nothing runs.
    const visitor = await e.newPage();
    const dialogs: string[] = [];
    visitor.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visitor.goto(`${e.baseUrl}/public`);
    await visitor.getByText('市直机关开展年终学习交流').waitFor();
    expect(await visitor.getByText('四个调研组深入基层查找机关作风问题').count()).toBe(0);
    await e.screenshot(visitor, 'public-site-desktop');
    await visitor.getByText('脚本注入测试新闻').click();
    await visitor.getByText('学习讲话精神').waitFor();
    const html = await visitor.locator('.news-body').innerHTML();
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    await visitor
      .getByText('恶意链接')
      .click({ trial: false })
      .catch(() => undefined);
    await e.screenshot(visitor, 'public-news-desktop');
    await visitor.goto(`${e.baseUrl}/public`);
    await visitor.getByText('市直机关开展年终学习交流').click();
    await visitor.getByText('各单位交流了学习体会。').waitFor();
    expect(dialogs).toEqual([]);
    await visitor.close();

    const phoneVisitor = await e.newPage(PHONE);
    await phoneVisitor.goto(`${e.baseUrl}/public`);
    await phoneVisitor.getByText('市直机关开展年终学习交流').waitFor();
    await e.screenshot(phoneVisitor, 'public-site-phone');
    await phoneVisitor.close();
  });

  it('shows study material and the reading list to a unit admin at phone width', async () => {
    const phone = await e.newPage(PHONE);
    // A unit that reported nothing this half-year (the demo is in 2010) is reminded on its workbench.
    await e.login(
      phone,
      e.account('unit_admin', (a) => a.unit !== e.account('unit_admin').unit),
    );
    await phone.getByText('本半年度本单位尚未上报读书活动').waitFor();
    await phone.goto(`${e.baseUrl}/learning/materials`);
    await phone.getByText('认真学习贯彻胡锦涛总书记视察云州时的重要讲话精神').waitFor();
    expect(await phone.getByRole('button', { name: '新增辅导材料' }).count()).toBe(0);
    await e.screenshot(phone, 'learning-materials-phone');
    await phone.goto(`${e.baseUrl}/learning/books`);
    await phone.getByText('2010年市直机关党员干部荐读书目').waitFor();
    await e.screenshot(phone, 'learning-books-phone');
    await phone.close();
  });
});
