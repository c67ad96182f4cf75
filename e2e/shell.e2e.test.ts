import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe('web shell', () => {
  it('refuses a wrong password with the Chinese message, then signs in to the workbench', async () => {
    const page = await e.newPage();
    const staff = e.account('committee_staff');
    await page.goto(`${e.baseUrl}/`);
    await page.waitForURL('**/login');
    await page.getByLabel('用户名').fill(staff.username);
    await page.getByLabel('密码').fill('Wrong-Passw0rd!');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await e.login(page, staff);
    for (const label of ['工作台', '组织机构', '作风建设', '统计分析']) {
      expect(await page.getByRole('menuitem', { name: label }).count()).toBeGreaterThan(0);
    }
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await e.screenshot(page, 'workbench-desktop');
    await page.close();
  });

  it('gives the audit admin the audit log and none of the business modules', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('auditor'));
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '组织机构' }).count()).toBe(0);
    await page.close();
  });

  it('works at phone width for a unit admin, with the menu in a drawer', async () => {
    const page = await e.newPage(PHONE);
    await e.login(page, e.account('unit_admin'));
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '组织机构' }).waitFor();
    await e.screenshot(page, 'workbench-phone-menu');
    await page.close();
  });
});
