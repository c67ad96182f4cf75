import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(() => e?.close());

const UNIT = '云州市财政局';
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('中心组学习巡听', () => {
  it('shows the 2010 demo plan with its calendar and the first-half progress counted from records', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('committee_staff'));
    await page.goto(`${e.baseUrl}/inspections?year=2010`);
    await page.getByText('市直工委〔2010〕').first().waitFor();
    await page.getByLabel('至').fill('2010-06-30');
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
    await staffPage.getByText('已保存').first().waitFor();
    await staffPage.getByRole('button', { name: '印发通知' }).click();
    await staffPage.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staffPage
      .getByText(new RegExp(`市直工委〔${year}〕\\d+号`))
      .first()
      .waitFor();
    await e.screenshot(staffPage, 'inspections-plan-issued-desktop');
    await staffPage.close();

    // 2. The unit admin sees the notice and submits the study plan.
    const admin = e.account('unit_admin', (a) => a.unit === UNIT);
    const adminPage = await e.newPage();
    await e.login(adminPage, admin);
    await adminPage.getByText('中心组学习巡听').first().waitFor();
    await adminPage.goto(`${e.baseUrl}/inspections/my-unit?year=${year}`);
    await adminPage.getByRole('link', { name: UNIT }).first().click();
    await adminPage.getByRole('button', { name: '报送学习方案' }).click();
    await adminPage.getByLabel('学习日期').fill(sessionDate);
    await adminPage.getByLabel('开始时间').fill('09:00');
    await adminPage.getByLabel('地点').fill('机关三楼会议室');
    await adminPage.getByLabel('学习专题').fill('推进学习型党组织建设');
    await adminPage.getByLabel('主持人').fill('王明（党组书记）');
    await adminPage.getByLabel('中心发言人').fill('李华、张强');
    await adminPage.getByLabel('讨论题目').fill('如何建立学习型党组织建设的长效机制？');
    await adminPage.getByLabel('应参加人员').fill('王明、李华、张强、赵敏');
    await adminPage
      .getByRole('button', { name: /报\s*送/ })
      .last()
      .click();
    await adminPage.getByText('第1版').waitFor();
    await e.screenshot(adminPage, 'inspections-study-plan-desktop');

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
    await phone.close();

    // 4. The unit sees the feedback and signs for it.
    await adminPage.reload();
    await adminPage.getByText('建议完善学习档案').waitFor();
    await adminPage.getByRole('button', { name: '签收反馈意见' }).click();
    await adminPage.getByText(/已于 .* 签收/).waitFor();
    expect(await adminPage.getByText('坚持“一把手”领学').count()).toBeGreaterThan(0);
    await e.screenshot(adminPage, 'inspections-feedback-desktop');
    await adminPage.close();

    const adminPhone = await e.newPage(PHONE);
    await e.login(adminPhone, admin);
    await adminPhone
      .getByText(/已印发：关于开展/)
      .first()
      .waitFor();
    await e.screenshot(adminPhone, 'inspections-workbench-phone');
    await adminPhone.goto(`${e.baseUrl}/inspections/my-unit?year=${year}`);
    await adminPhone.getByRole('link', { name: UNIT }).first().waitFor();
    await e.screenshot(adminPhone, 'inspections-my-unit-phone');
    await adminPhone.close();
  }, 120_000);
});
