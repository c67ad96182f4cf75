import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../platform/deps.js';
import { buildFoundationDemo, type DemoAccount } from './foundation.js';
import { seededRandom } from './random.js';
import { DEMO_STEPS } from './steps.js';

export async function databaseIsEmpty(deps: Deps): Promise<boolean> {
  const row = await deps.db
    .selectFrom('tenants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/**
 * Loads the 2010 demo scenario in one transaction: the foundation (organisations, accounts) and
 * then every module's step. Passwords are generated, written to $DATA_DIR/demo-accounts.json
 * and printed once; none is fixed anywhere.
 */
export async function loadDemo(
  deps: Deps,
  options: { seed?: number; quiet?: boolean } = {},
): Promise<DemoAccount[]> {
  const random = seededRandom(options.seed ?? 2010);
  const accounts = await deps.db.transaction().execute(async (trx) => {
    const built = await buildFoundationDemo(trx, random);
    for (const step of DEMO_STEPS) await step.run({ ...built, deps, trx, random });
    return built.accounts;
  });
  fs.mkdirSync(deps.config.dataDir, { recursive: true });
  const file = path.join(deps.config.dataDir, 'demo-accounts.json');
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      accounts.map(({ username, password, role, unit }) => ({ username, password, role, unit })),
      null,
      2,
    )}\n`,
    {
      mode: 0o600,
    },
  );
  if (!options.quiet) printAccounts(accounts, file);
  return accounts;
}

export async function loadDemoIfEmpty(deps: Deps) {
  if (await databaseIsEmpty(deps)) await loadDemo(deps);
}

function printAccounts(accounts: DemoAccount[], file: string) {
  const shown = accounts.filter((a) => a.role !== 'unit_admin');
  const unitAdmins = accounts.filter((a) => a.role === 'unit_admin');
  const lines = [
    '',
    '══ 演示数据已载入（云州市直机关党工委，2010年）══ 以下密码只显示这一次：',
    ...shown.map((a) => `  ${a.role.padEnd(22)} ${a.username.padEnd(10)} ${a.password}   ${a.displayName}`),
    ...unitAdmins
      .slice(0, 3)
      .map((a) => `  ${a.role.padEnd(22)} ${a.username.padEnd(10)} ${a.password}   ${a.unit}`),
    `  ……另有 ${unitAdmins.length - 3} 个单位管理员账户，全部账户见 ${file}`,
    '',
  ];
  console.log(lines.join('\n'));
}
