import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PHONE, startE2E } from './harness.js';

/**
 * 三权分立 in the browser: the system admin creates an account and sees its one-time password,
 * the security admin grants it a role, the new user must change the password before working,
 * and the audit admin finds all of it in the audit log.
 */
let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const username = 'e2e.newadmin';
const displayName = '新任管理员';
let temporaryPassword = '';
const newPassword = 'Fresh-Start#2026';

describe('accounts and the three administrators', () => {
  it('the system admin creates an account and sees its temporary password once', async () => {
    const unit = e.account('unit_admin').unit ?? '';
    const page = await e.newPage();
    await e.login(page, e.account('sysadmin'));
    expect(await page.getByRole('menuitem', { name: '组织机构' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('heading', { name: '账户管理' }).waitFor();
    await page.getByRole('row').nth(3).waitFor();
    await e.screenshot(page, 'admin-accounts-desktop');
    await page.getByRole('button', { name: '新建账户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('不能为空').first().waitFor();
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill(displayName);
    await dialog.getByLabel('单位').fill(unit);
    await page.locator('.ant-select-item-option', { hasText: unit }).first().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const secret = page.getByTestId('temporary-password');
    await secret.waitFor();
    temporaryPassword = (await secret.textContent()) ?? '';
    expect(temporaryPassword).toMatch(/^.{14}$/);
    await e.screenshot(page, 'admin-temp-password');
    await page.getByRole('button', { name: '我已记下' }).click();
    await page.getByPlaceholder('用户名或姓名').fill(username);
    await page.getByPlaceholder('用户名或姓名').press('Enter');
    await page.getByRole('cell', { name: username }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /新任管理员/ })
        .getByText('待改密')
        .count(),
    ).toBe(1);
    await page.close();
  });

  it('the security admin grants the account unit_admin for its unit', async () => {
    const unit = e.account('unit_admin').unit ?? '';
    const page = await e.newPage();
    await e.login(page, e.account('secadmin'));
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('menuitem', { name: '角色授权' }).click();
    await page.getByPlaceholder('用户名或姓名').fill(username);
    await page.getByPlaceholder('用户名或姓名').press('Enter');
    await page.getByRole('cell', { name: displayName }).click();
    // The form enforces 三权分立 like the server: a business role disables the admin roles.
    await page.getByRole('checkbox', { name: '单位党组织管理员' }).check();
    expect(await page.getByRole('checkbox', { name: '审计管理员' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByLabel('单位', { exact: true }).count()).toBeGreaterThan(0);
    await e.screenshot(page, 'admin-roles-desktop');
    // Still ticked: the form must not reset what the user chose (it once did, when it set its values late).
    expect(await page.getByRole('checkbox', { name: '单位党组织管理员' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('角色授权已保存').waitFor();
    await page
      .getByRole('row', { name: new RegExp(displayName) })
      .getByText('单位党组织管理员')
      .waitFor();
    await page.getByRole('menuitem', { name: '安全设置' }).click();
    await page.getByText('PASSWORD_MIN_LENGTH').waitFor();
    await page.waitForLoadState('networkidle');
    await e.screenshot(page, 'admin-security-desktop');
    expect(unit).not.toBe('');
    await page.close();
  });

  it('the new user must change the temporary password, then reaches the workbench', async () => {
    const page = await e.newPage(PHONE);
    await page.goto(`${e.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(temporaryPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('您的密码已过期，请先修改密码后继续使用。').waitFor();
    await page.getByLabel('原密码').fill(temporaryPassword);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`您好，${displayName}`).waitFor();
    await e.screenshot(page, 'admin-new-user-workbench-phone');
    await page.close();
  });

  it('the audit admin finds those actions in the audit log and verifies the chain', async () => {
    const page = await e.newPage();
    await e.login(page, e.account('auditor'));
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    await page.getByPlaceholder('关键词（操作人或详情）').fill(username);
    await page.getByPlaceholder('关键词（操作人或详情）').press('Enter');
    await page.getByRole('cell', { name: '新建账户' }).waitFor();
    await page.getByRole('cell', { name: '变更角色授权' }).waitFor();
    await page
      .getByRole('row', { name: /新建账户/ })
      .getByRole('button', { name: '详情' })
      .click();
    const json = page.getByTestId('audit-detail-json');
    await json.waitFor();
    expect(await json.textContent()).toContain(`"username": "${username}"`);
    expect(await json.textContent()).not.toContain(temporaryPassword);
    await e.screenshot(page, 'admin-audit-detail-desktop');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '校验完整性' }).click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toContain('校验通过');
    await page.getByRole('button', { name: /重\s*置/ }).click();
    await page.getByRole('cell', { name: '修改密码' }).first().waitFor();
    await e.screenshot(page, 'admin-audit-desktop');
    await page.close();
  });

  it('works at phone width for the system admin and the audit admin', async () => {
    const sys = await e.newPage(PHONE);
    await e.login(sys, e.account('sysadmin'));
    await sys.goto(`${e.baseUrl}/system/accounts?q=${username}`);
    await sys.getByText(displayName).first().waitFor();
    await sys.waitForLoadState('networkidle');
    await e.screenshot(sys, 'admin-accounts-phone');
    await sys.close();
    const aud = await e.newPage(PHONE);
    await e.login(aud, e.account('auditor'));
    await aud.goto(`${e.baseUrl}/audit`);
    await aud.getByText('新建账户').first().waitFor();
    await aud.waitForLoadState('networkidle');
    await e.screenshot(aud, 'admin-audit-phone');
    await aud.getByText('新建账户').first().click();
    await aud.getByTestId('audit-detail-json').waitFor();
    await e.screenshot(aud, 'admin-audit-detail-phone');
    await aud.close();
  });
});
