import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(() => e?.close());

const UNIT = '云州市财政局';
const PDF = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insp-e2e-')), '中心组学习方案.pdf');
fs.writeFileSync(
  PDF,
  Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(256, 32), Buffer.from('\n%%EOF\n')]),
);

/** Picks an option of the antd Select that is open now (closed dropdowns stay in the page). */
async function choose(page: Page, label: string) {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(label, { exact: true })
    .click();
}

/** Types a date (or time) into an antd picker and confirms it, as a user at the keyboard would. */
async function pick(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('中心组学习巡听', () => {
  it('shows the 2010 demo plan with its calendar and the first-half progress counted from records', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/inspections?year=2010`);
    await page.getByText('市直工委〔2010〕').first().waitFor();
    await pick(page.getByLabel('至'), '2010-06-30');
    await page.getByText('已巡听 16 / 计划 63').waitFor();
    await e.screenshot(page, 'inspections-plan-desktop');
    await page.goto(`${e.baseUrl}/inspections/registers?kind=shortcoming`);
    await page
      .getByRole('cell', { name: /学习记录|研讨发言|年度学习计划|缺席|转化运用/ })
      .first()
      .waitFor();
    await e.screenshot(page, 'inspections-registers-desktop');
    await page.goto(`${e.baseUrl}/inspections/year-end`);
    await page.getByText('综合分 =').waitFor();
    await e.screenshot(page, 'inspections-year-end-desktop');
    await page.close();
  });

  it('runs a plan end to end: publish → study plan → on-site record on a phone → feedback signed', async () => {
    const year = Number(shanghaiToday().slice(0, 4));
    const sessionDate = plusDays(shanghaiToday(), 8).startsWith(String(year))
      ? plusDays(shanghaiToday(), 8)
      : `${year}-12-31`;

    // 1. Committee staff drafts and issues the year's plan.
    const staffPage = await e.newPage();
    staffPage.on('pageerror', (err) => console.log('PAGEERROR', err.message));
    staffPage.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text().slice(0, 300)));
    await e.login(staffPage, e.account('committee_staff'));
    await staffPage.goto(`${e.baseUrl}/inspections`);
    await staffPage.getByRole('button', { name: '新建年度巡听计划' }).click();
    const picker = staffPage.getByLabel('添加单位');
    await picker.click();
    await picker.fill(UNIT);
    await staffPage.locator('.ant-select-item-option', { hasText: UNIT }).first().click();
    await staffPage.keyboard.press('Escape');
    await staffPage.getByRole('cell', { name: UNIT }).first().waitFor();
    await staffPage.getByRole('button', { name: /保\s*存/ }).click();
    await staffPage.getByRole('button', { name: '印发通知' }).waitFor();
    await staffPage.getByRole('button', { name: '印发通知' }).click();
    await staffPage.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staffPage
      .getByText(new RegExp(`市直工委〔${year}〕\\d+号`))
      .first()
      .waitFor();
    await e.screenshot(staffPage, 'inspections-plan-issued-desktop');

    // 1b. After issue, staff fixes the unit's date (the month follows the date).
    await staffPage.goto(`${e.baseUrl}/inspections/sessions?year=${year}`);
    await staffPage.getByRole('link', { name: UNIT }).first().click();
    await staffPage.getByRole('button', { name: '调整巡听安排' }).click();
    await pick(staffPage.getByLabel('巡听日期'), sessionDate);
    await staffPage.getByRole('button', { name: /保\s*存/ }).click();
    await staffPage.getByText('巡听安排已调整').first().waitFor();
    await staffPage.getByText(sessionDate).first().waitFor();
    const sessionUrl = staffPage.url();

    // 2. The unit admin sees the notice and submits the study plan.
    const admin = e.account('unit_admin', (a) => a.unit === UNIT);
    const adminPage = await e.newPage();
    await e.login(adminPage, admin);
    await adminPage.getByText('中心组学习巡听').first().waitFor();
    await adminPage.goto(`${e.baseUrl}/inspections/my-unit?year=${year}`);
    await adminPage.getByRole('link', { name: UNIT }).first().click();
    await adminPage.getByRole('button', { name: '报送学习方案' }).click();
    await pick(adminPage.getByLabel('学习日期'), sessionDate);
    await pick(adminPage.getByLabel('开始时间'), '09:00');
    await adminPage.getByLabel('地点').fill('机关三楼会议室');
    await adminPage.getByLabel('学习专题').fill('推进学习型党组织建设');
    await adminPage.getByLabel('主持人').fill('王明（党组书记）');
    await adminPage.getByLabel('中心发言人').fill('李华、张强');
    await adminPage.getByLabel('讨论题目').fill('如何建立学习型党组织建设的长效机制？');
    await adminPage.getByLabel('应参加人员').fill('王明、李华、张强、赵敏');
    await adminPage.locator('input[type=file]').setInputFiles(PDF);
    await adminPage.locator('.ant-upload-list-item-done', { hasText: '中心组学习方案.pdf' }).waitFor();
    await e.screenshot(adminPage, 'inspections-study-plan-form-desktop');
    await adminPage
      .getByRole('button', { name: /报\s*送/ })
      .last()
      .click();
    await adminPage.getByText('第1版').waitFor();
    await adminPage.getByText('待审核').waitFor();
    await e.screenshot(adminPage, 'inspections-study-plan-desktop');

    // 2b. Staff downloads the attachment from the session page and accepts the plan (审核通过).
    await staffPage.goto(sessionUrl);
    const [download] = await Promise.all([
      staffPage.waitForEvent('download'),
      staffPage.getByRole('link', { name: '中心组学习方案.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('中心组学习方案.pdf');
    expect(fs.statSync(await download.path()).size).toBe(fs.statSync(PDF).size);
    await staffPage.getByRole('button', { name: '审核通过' }).click();
    await staffPage.getByLabel('审核意见').fill('方案完整，同意按计划开展');
    await staffPage.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
    await staffPage.getByText('已审核通过').first().waitFor();
    await e.screenshot(staffPage, 'inspections-study-plan-accepted-desktop');
    await staffPage.close();
    await adminPage.reload();
    await adminPage.getByText('方案完整，同意按计划开展').waitFor();

    // 3. The area leader (team member) records the inspection on a phone.
    const leader = e.account('area_leader', (a) => a.username === 'pq2');
    const phone = await e.newPage(PHONE);
    await e.login(phone, leader);
    await phone.goto(`${e.baseUrl}/inspections/mine?year=${year}`);
    await phone.getByRole('link', { name: UNIT }).first().click();
    await phone.getByText('巡听记录（查、问、听、评）').waitFor();
    await phone.getByText('良好', { exact: true }).click();
    await phone.getByRole('button', { name: /添加一条（好的做法）/ }).click();
    await phone.getByLabel('好的做法内容').fill('坚持“一把手”领学，班子成员轮流中心发言');
    await phone.getByRole('button', { name: /添加一条（不足之处）/ }).click();
    await phone.getByLabel('不足之处内容').fill('学习记录不够完整');
    await phone.getByLabel('反馈意见').fill('学习准备充分，建议完善学习档案。');
    await e.screenshot(phone, 'inspections-record-phone');
    await phone.getByRole('button', { name: '提交并锁定' }).click();
    await phone.getByRole('button', { name: /确\s*定|OK/ }).click();
    await phone.getByText('已提交锁定').waitFor();

    // 3b. A practice left out on site is added by a correction, which leaves its trace.
    await phone.getByRole('button', { name: /^更\s*正$/ }).click();
    const dialog = phone.getByRole('dialog');
    await dialog.getByLabel('更正项').click();
    await choose(phone, '新增好的做法/不足之处');
    await dialog.getByLabel('条目类型').click();
    await choose(phone, '好的做法');
    await dialog.getByLabel('条目类别').click();
    await choose(phone, '制度建设');
    await dialog.getByLabel('条目内容').fill('建立中心组学习考勤和通报制度');
    await dialog.getByLabel('更正原因').fill('现场记录遗漏');
    await e.screenshot(phone, 'inspections-correction-phone');
    await dialog.getByRole('button', { name: /^更\s*正$/ }).click();
    await phone.getByText('更正补录').waitFor();
    await phone.getByText('更正原因：现场记录遗漏').waitFor();
    await e.screenshot(phone, 'inspections-record-locked-phone');
    await phone.close();

    // 4. The unit's workbench (phone) lists the feedback to sign; the unit reads and signs it.
    const adminPhone = await e.newPage(PHONE);
    await e.login(adminPhone, admin);
    await adminPhone.getByText('巡听反馈意见待签收').first().waitFor();
    await adminPhone
      .getByText(/已印发：关于开展/)
      .first()
      .waitFor();
    await e.screenshot(adminPhone, 'inspections-workbench-phone');
    await adminPage.reload();
    await adminPage.getByText('建议完善学习档案').waitFor();
    await adminPage.getByRole('button', { name: '签收反馈意见' }).click();
    await adminPage.getByText(/已于 .* 签收/).waitFor();
    expect(await adminPage.getByText('坚持“一把手”领学').count()).toBeGreaterThan(0);
    expect(await adminPage.getByText('建立中心组学习考勤和通报制度').count()).toBeGreaterThan(0);
    await e.screenshot(adminPage, 'inspections-feedback-desktop');
    await adminPage.close();
    // Signed: the item leaves the workbench.
    await adminPhone.reload();
    await adminPhone.getByText(/您好/).first().waitFor();
    await adminPhone.waitForLoadState('networkidle');
    expect(await adminPhone.getByText('巡听反馈意见待签收').count()).toBe(0);
    await adminPhone.goto(`${e.baseUrl}/inspections/my-unit?year=${year}`);
    await adminPhone.getByRole('link', { name: UNIT }).first().waitFor();
    await e.screenshot(adminPhone, 'inspections-my-unit-phone');
    await adminPhone.close();
  }, 240_000);
});
