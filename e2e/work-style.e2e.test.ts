import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const WINDOW_UNIT = '云州市信访局';
const DESCRIPTION = `窗口人员脱岗，群众等候无人接待（e2e${process.pid}）`;
const PNG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ws-e2e-')), 'evidence.png');
fs.writeFileSync(
  PNG,
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
);

async function pickOption(page: Page, label: string, search: string, option = search) {
  const item = page.locator('.ant-drawer .ant-form-item', { has: page.locator(`label[title="${label}"]`) });
  await item.locator('.ant-select').click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

async function stats(page: Page) {
  const res = await page.request.get(`${e.baseUrl}/api/problems/stats`);
  return (await res.json()) as { total: number; done: number; byStatus: { key: string; count: number }[] };
}

describe('作风建设: 暗访 → problem → feedback → rectification → verification → 销号', () => {
  it('runs the whole path across the committee and the unit, and the statistics follow', async () => {
    const staff = await e.newPage(DESKTOP);
    await e.login(staff, e.account('committee_staff'));
    const before = await stats(staff);

    // Staff records an 暗访 at a window unit.
    await staff.goto(`${e.baseUrl}/work-style/unannounced`);
    await staff.getByRole('button', { name: '登记暗访' }).click();
    await pickOption(staff, '单位', '信访', WINDOW_UNIT);
    await staff.getByLabel('时间', { exact: true }).fill('10:30');
    await staff.getByLabel('暗访人员').fill('群工部 张明、李华');
    await staff.getByLabel('走访记录').fill('上午10时30分进入信访接待大厅');
    await staff.getByLabel('发现问题', { exact: true }).fill('接待窗口无人值守约20分钟');
    await e.screenshot(staff, 'work-style-unannounced-form-desktop');
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff.getByText('已保存').waitFor();

    // … and registers the problem it found, linked to the 暗访.
    await staff.getByRole('button', { name: '登记发现的问题' }).first().click();
    await pickOption(staff, '问题类别', '工作纪律');
    await staff.getByLabel('问题描述').fill(DESCRIPTION);
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff
      .getByText(/操作成功：ZF/)
      .waitFor({ timeout: 10_000 })
      .catch(async (error) => {
        await e.screenshot(staff, 'work-style-debug-problem');
        throw error;
      });
    await e.screenshot(staff, 'work-style-unannounced-desktop');

    // Feeds it back from the register.
    await staff.goto(`${e.baseUrl}/work-style?q=${encodeURIComponent(DESCRIPTION)}`);
    await staff.getByText(DESCRIPTION).waitFor();
    await staff
      .getByRole('row')
      .filter({ hasText: DESCRIPTION })
      .getByRole('checkbox')
      .check({ force: true });
    await staff.getByRole('button', { name: /批量反馈/ }).click();
    await staff.getByRole('dialog').getByRole('button', { name: '反馈单位' }).click();
    await staff.getByText('已反馈 1 条问题').waitFor();
    await e.screenshot(staff, 'work-style-problems-desktop');

    // The unit admin answers on a phone: measures, then progress with evidence, then asks for verification.
    const unit = await e.newPage(PHONE);
    await e.login(
      unit,
      e.account('unit_admin', (a) => a.unit === WINDOW_UNIT),
    );
    await unit.getByText(/作风问题待整改/).waitFor();
    await unit
      .getByRole('link', { name: new RegExp(DESCRIPTION.slice(0, 10)) })
      .first()
      .click();
    await unit.getByLabel('整改措施').fill('一、重新排定窗口值班表；二、实行离岗登记；三、纳入月度考核');
    await unit.getByLabel('责任领导').fill('刘副局长');
    await unit.getByLabel('责任人', { exact: true }).fill('接待科科长');
    await unit.getByLabel('整改时限').fill('2030-12-31');
    await e.screenshot(unit, 'work-style-rectify-phone');
    await unit.getByRole('button', { name: '整改措施' }).click();
    await unit.getByText('已保存').waitFor();
    await unit.getByLabel('进展情况').fill('值班表已调整并上墙公示');
    await unit.locator('input[type=file]').setInputFiles(PNG);
    await unit.getByText('evidence.png').waitFor();
    await unit.getByRole('button', { name: '报告整改进展' }).click();
    await unit.getByText('evidence.png').last().waitFor();
    await unit.getByRole('button', { name: '申请验收' }).click();
    await unit.getByText('待验收').first().waitFor();
    await e.screenshot(unit, 'work-style-problem-phone');

    // Staff verifies and closes it.
    await staff.goto(`${e.baseUrl}/work-style?q=${encodeURIComponent(DESCRIPTION)}`);
    await staff.getByRole('link', { name: /^ZF/ }).first().click();
    await staff.getByRole('button', { name: '验收通过' }).click();
    await staff.getByText('验收通过').first().waitFor();
    await staff.getByRole('button', { name: /^销\s*号$/ }).click();
    await staff.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.getByText('已销号').first().waitFor();
    await e.screenshot(staff, 'work-style-problem-closed-desktop');

    const after = await stats(staff);
    expect(after.total).toBe(before.total + 1);
    expect(after.done).toBe(before.done + 1);
    const closed = (s: typeof before) => s.byStatus.find((b) => b.key === 'closed')?.count ?? 0;
    expect(closed(after)).toBe(closed(before) + 1);

    await staff.goto(`${e.baseUrl}/work-style/stats`);
    await staff.getByText('按问题类别').first().waitFor();
    await staff.locator('canvas').first().waitFor();
    await e.screenshot(staff, 'work-style-stats-desktop');
    await unit.goto(`${e.baseUrl}/work-style/ledger`);
    await unit.getByText('整改台账').first().waitFor();
    await e.screenshot(unit, 'work-style-ledger-phone');
    await staff.close();
    await unit.close();
  });
});
