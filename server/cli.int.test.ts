import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { parseArgs, runCommand } from './cli.js';
import { xlsxOf } from './platform/excel/test-kit.js';
import { auditCount, login } from './test/factories.js';
import { createTestDeps, type TestDeps } from './test/harness.js';

// Every column of the template must be present (a partial sheet is refused with 缺少列…).
const UNIT_HEAD = [
  '单位代码*',
  '单位名称*',
  '简称',
  '考核类别*',
  '所属片区',
  '窗口单位',
  '联系人',
  '联系电话',
  '排序',
];
const ORG_HEAD = [
  '单位代码*',
  '党组织名称*',
  '类型*',
  '上级党组织名称',
  '类别代码',
  '成立日期',
  '届期开始',
  '届期结束',
  '书记',
  '联系人',
  '联系电话',
  '党员人数',
];
const made: TestDeps[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-'));
afterAll(async () => {
  for (const d of made) await d.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});
async function fresh() {
  const d = await createTestDeps();
  made.push(d);
  return d;
}
async function run(deps: TestDeps, ...argv: string[]) {
  const out: string[] = [];
  const code = await runCommand(deps, argv, (s) => out.push(s));
  return { code, text: out.join('\n') };
}

describe('cli', () => {
  it('parses positional arguments, options and flags', () => {
    expect(parseArgs(['import-orgs', 'a.xlsx', '--tenant', '3', '--dry-run'])).toEqual({
      command: 'import-orgs',
      positional: ['a.xlsx'],
      options: { tenant: '3', 'dry-run': true },
    });
  });

  it('init-admin creates the committee and the three administrators once, with passwords that work', async () => {
    const deps = await fresh();
    const first = await run(deps, 'init-admin', '--tenant-name', '测试市直机关党工委', '--city', '测试市');
    expect(first.code).toBe(0);
    const passwords = Object.fromEntries(
      [...first.text.matchAll(/(sysadmin|secadmin|auditor)\s+(\S+)/g)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(passwords).sort()).toEqual(['auditor', 'secadmin', 'sysadmin']);
    expect(await auditCount(deps.db, 'system.init')).toBe(1);
    const app = await buildApp(deps, { serveWeb: false });
    try {
      const me = await (await login(app, 'auditor', passwords.auditor)).get('/api/me');
      expect(me.json().roles).toEqual(['auditor']);
    } finally {
      await app.close();
    }
    const again = await run(deps, 'init-admin', '--tenant-name', 'X', '--city', 'Y');
    expect(again.code).toBe(1);
    expect(again.text).toContain('不是空的');
    expect((await run(deps, 'demo')).code).toBe(1);
    const missing = await run(await fresh(), 'init-admin', '--city', 'Y');
    expect(missing).toMatchObject({ code: 1, text: expect.stringContaining('--tenant-name') });
  });

  it('import-orgs prints counts and Chinese row errors, with exit code 1 on errors', async () => {
    const deps = await fresh();
    await run(deps, 'init-admin', '--tenant-name', '测试委', '--city', '测试市');
    const good = path.join(dir, 'good.xlsx');
    fs.writeFileSync(
      good,
      await xlsxOf({
        单位: [UNIT_HEAD, ['CLI1', '命令行导入局', null, '综合管理部门']],
        党组织: [ORG_HEAD, ['CLI1', '命令行导入局机关党委', '机关党委']],
      }),
    );
    const dry = await run(deps, 'import-orgs', good, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.text).toContain('试导入');
    expect(dry.text).toContain('单位：新增 1');
    expect(await auditCount(deps.db, 'orgs.import')).toBe(0);
    const real = await run(deps, 'import-orgs', good);
    expect(real.text).toContain('党组织：新增 1');
    expect(await auditCount(deps.db, 'orgs.import')).toBe(1);
    expect((await run(deps, 'import-orgs', good)).text).toContain('新增 0，更新 0，无变化 1');

    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, await xlsxOf({ 单位: [UNIT_HEAD, ['CLI2', null, null, 'x']], 党组织: [ORG_HEAD] }));
    const failed = await run(deps, 'import-orgs', bad);
    expect(failed.code).toBe(1);
    expect(failed.text).toContain('「单位」第 2 行「单位名称」：不能为空');
    const notXlsx = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(notXlsx, 'plain text');
    expect(await run(deps, 'import-orgs', notXlsx)).toMatchObject({
      code: 1,
      text: expect.stringContaining('不是有效的 Excel'),
    });
  });

  it('backup and restore through the command line report identical counts', async () => {
    const source = await fresh();
    await run(source, 'init-admin', '--tenant-name', '备份委', '--city', '测试市');
    const file = path.join(dir, 'cli-backup.gz');
    const backup = await run(source, 'backup', file);
    expect(backup.code).toBe(0);
    const restored = await run(await fresh(), 'restore', file);
    expect(restored.code).toBe(0);
    const lines = (text: string) => text.split('\n').filter((l) => /^\s+\S+\s+\d+ 行/.test(l));
    expect(lines(restored.text)).toEqual(lines(backup.text));
    expect(await run(source, 'restore', file)).toMatchObject({
      code: 1,
      text: expect.stringContaining('不是空的'),
    });
    expect((await run(source, 'nonsense')).code).toBe(1);
  });
});
