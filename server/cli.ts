import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zh } from '../common/locale/index.js';
import { isAdminRole } from '../common/roles.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { databaseIsEmpty, loadDemo } from './demo/index.js';
import { importOrgs } from './modules/orgs/import.js';
import * as iq from './modules/orgs/import-queries.js';
import { summaryCommand } from './modules/reports/cli.js';
import { type AuditActor, writeAudit } from './platform/audit/service.js';
import { generatePassword, hashPassword } from './platform/auth/password.js';
import { deleteUserSessions, findUserByUsername, updatePasswordHash } from './platform/auth/queries.js';
import { backupDatabase, restoreDatabase } from './platform/backup/index.js';
import { clock } from './platform/clock.js';
import type { Deps } from './platform/deps.js';
import { AppError } from './platform/errors.js';
import { TEMPORARY_PASSWORD_MARK } from './platform/users/presenters.js';
import { insertTenant, insertUser } from './platform/users/queries.js';

const t = zh.cli;

/** Thrown for a refusal the operator should read; the process exits with code 1. */
class CliError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (rest[i + 1] !== undefined && !rest[i + 1].startsWith('--')) options[arg.slice(2)] = rest[++i];
    else options[arg.slice(2)] = true;
  }
  return { command, positional, options };
}

const cliActor = (tenantId: number | null): AuditActor => ({
  tenantId,
  actorId: null,
  actorName: t.actorName,
  actorRole: 'cli',
  ip: null,
  userAgent: 'luoshi-cli',
});

function required(name: string, value: string | true | undefined): string {
  if (typeof value !== 'string' || !value.trim()) throw new CliError(t.missingArg(name));
  return value.trim();
}

/** Creates the committee and the three administrators (三员) on an empty database. */
async function initAdmin(deps: Deps, args: ParsedArgs, print: (s: string) => void) {
  const name = required('--tenant-name', args.options['tenant-name']);
  const city = required('--city', args.options.city);
  if (!(await databaseIsEmpty(deps))) throw new CliError(t.notEmpty);
  const now = clock.nowIso();
  const accounts = ['sysadmin', 'secadmin', 'auditor'].map((role) => ({
    role,
    password: generatePassword(16),
  }));
  await deps.db.transaction().execute(async (trx) => {
    const tenantId = await insertTenant(trx, { name, city, shortName: name, createdAt: now });
    for (const a of accounts) {
      await insertUser(trx, {
        tenantId,
        username: a.role,
        displayName: zh.roles[a.role],
        passwordHash: await hashPassword(a.password),
        roles: [a.role],
        passwordChangedAt: now,
        createdAt: now,
      });
    }
    await writeAudit(trx, cliActor(tenantId), {
      action: 'system.init',
      objectType: 'tenant',
      objectId: tenantId,
      detail: { name, city, accounts: accounts.map((a) => a.role) },
    });
  });
  print(t.adminCreated(name));
  for (const a of accounts) print(`  ${zh.roles[a.role].padEnd(8)} ${a.role.padEnd(10)} ${a.password}`);
}

async function resolveTenant(deps: Deps, option: string | true | undefined): Promise<number> {
  if (typeof option === 'string') {
    const id = Number(option);
    if (!Number.isInteger(id) || !(await iq.tenantExists(deps.db, id)))
      throw new CliError(zh.orgs.excel.cliTenantUnknown(id));
    return id;
  }
  const tenants = await iq.findTenantIds(deps.db);
  if (tenants.length !== 1) throw new CliError(zh.orgs.excel.cliTenantRequired);
  return tenants[0].id;
}

async function importOrgsCommand(deps: Deps, args: ParsedArgs, print: (s: string) => void) {
  const file = required('<file.xlsx>', args.positional[0]);
  if (!fs.existsSync(file)) throw new CliError(t.fileMissing(file));
  const tenantId = await resolveTenant(deps, args.options.tenant);
  const dryRun = args.options['dry-run'] === true;
  const result = await importOrgs(
    deps,
    { tenantId, actor: cliActor(tenantId) },
    fs.readFileSync(file),
    dryRun,
  );
  print(t.importSummary(dryRun || result.errors.length > 0));
  for (const [label, key] of [
    [t.importUnits, 'units'],
    [t.importPartyOrgs, 'partyOrgs'],
  ] as const)
    print(t.importCounts(label, result.created[key], result.updated[key], result.unchanged[key]));
  if (result.errors.length) {
    print(t.importErrors(result.errors.length));
    for (const e of result.errors) print(t.importError(e.sheet, e.row, e.column, e.message));
    return 1;
  }
  return 0;
}

/**
 * The three administrators cannot reset each other (三权分立), so the operator at the server console
 * resets a lost admin password: a temporary password, printed once, to be changed at first sign-in.
 */
async function resetAdminPassword(deps: Deps, username: string, print: (s: string) => void) {
  const user = await findUserByUsername(deps.db, username);
  const roles: string[] = user ? JSON.parse(user.roles) : [];
  if (!user || !roles.some(isAdminRole)) throw new CliError(t.notAdmin(username));
  const password = generatePassword(16);
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, passwordHash, TEMPORARY_PASSWORD_MARK);
    await deleteUserSessions(trx, user.id);
    await writeAudit(trx, cliActor(user.tenantId), {
      action: 'users.password.reset',
      objectType: 'user',
      objectId: user.id,
      detail: { username, by: 'cli' },
    });
  });
  print(t.passwordReset(username, password));
}

/** Runs one command on open dependencies; returns the exit code. Tests call this directly. */
export async function runCommand(deps: Deps, argv: string[], print: (s: string) => void = console.log) {
  const args = parseArgs(argv);
  try {
    switch (args.command) {
      case 'init-admin':
        await initAdmin(deps, args, print);
        return 0;
      case 'demo':
        if (!(await databaseIsEmpty(deps))) throw new CliError(t.notEmpty);
        await loadDemo(deps);
        print(t.demoLoaded);
        return 0;
      case 'import-orgs':
        return await importOrgsCommand(deps, args, print);
      case 'summary':
        return await summaryCommand(
          deps,
          args.options,
          await resolveTenant(deps, args.options.tenant),
          print,
        );
      case 'reset-admin-password':
        await resetAdminPassword(deps, required('<username>', args.positional[0]), print);
        return 0;
      case 'backup': {
        const file = required('<file>', args.positional[0]);
        const header = await backupDatabase(deps.handle, file);
        print(t.backup.done(file));
        for (const s of header.tables) print(t.backup.table(s.name, s.rows, s.sha256));
        return 0;
      }
      case 'restore': {
        const file = required('<file>', args.positional[0]);
        const stats = await restoreDatabase(deps.handle, file);
        print(t.backup.restored(file));
        for (const s of stats) print(t.backup.table(s.name, s.rows, s.sha256));
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
        print(t.usage);
        return args.command ? 0 : 1;
      default:
        print(t.unknownCommand(args.command));
        print(t.usage);
        return 1;
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof AppError) {
      print(t.failed(error.message));
      return 1;
    }
    // Backup/restore refusals carry Chinese messages too; anything else is a bug and keeps its stack.
    if (error instanceof Error && /[\u4e00-\u9fa5]/.test(error.message)) {
      print(t.failed(error.message));
      return 1;
    }
    throw error;
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const config = loadConfig(process.env, []);
  const handle = openDatabase(config);
  try {
    // To stderr: stdout carries only the command's own output (e.g. the JSON of `summary --json`).
    console.error(t.database(handle.file ?? (config.databaseUrl ?? '').replace(/\/\/[^@/]*@/, '//***@')));
    await migrateToLatest(handle);
    const code = await runCommand({ db: handle.db, dialect: handle.dialect, handle, config }, argv);
    process.exitCode = code;
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
