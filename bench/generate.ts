import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { databaseIsEmpty, loadDemo } from '../server/demo/index.js';
import { seededRandom } from '../server/demo/random.js';
import { generatePassword, hashPassword } from '../server/platform/auth/password.js';
import { clock } from '../server/platform/clock.js';
import { addProblems, addTasks } from './gen-activity.js';
import { addTenant, addUnits, type BenchTenant } from './gen-orgs.js';
import { parseArgs } from './scale.js';

/**
 * npm run bench:data -- --scale city|province-lite|province [--seed N]
 * On an empty database (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL): the 2010 demo city through the
 * modules' own demo steps, topped up to the scale's units, then further committees, problems with their
 * rectification log and reporting tasks with slots and events, in one transaction per committee.
 */
async function main() {
  const { scale, seed } = parseArgs(process.argv.slice(2));
  const config = loadConfig(process.env, []);
  const handle = openDatabase(config);
  await migrateToLatest(handle);
  const deps = { db: handle.db, dialect: handle.dialect, handle, config };
  if (!(await databaseIsEmpty(deps)))
    throw new Error('bench:data needs an empty database (fresh DATA_DIR or database)');
  const started = performance.now();
  const log = (m: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${m}`);

  const accounts = await loadDemo(deps, { seed, quiet: true });
  log(`demo city loaded (${accounts.length} accounts)`);
  const random = seededRandom(seed);
  const now = clock.nowIso();
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const totals = {
    tenants: 0,
    units: 0,
    problems: 0,
    problemEvents: 0,
    tasks: 0,
    taskSlots: 0,
    taskSlotEvents: 0,
  };

  const demoStaff = accounts.find((a) => a.role === 'committee_staff');
  if (!demoStaff) throw new Error('demo has no committee staff');
  const staff = await handle.db
    .selectFrom('users')
    .select(['id', 'tenantId'])
    .where('username', '=', demoStaff.username)
    .executeTakeFirstOrThrow();
  const benchAccounts = [
    { tenantId: staff.tenantId, username: demoStaff.username, password: demoStaff.password },
  ];
  // Unit admins of the demo committee: the mixed workload's rectification updates are theirs.
  const unitAdmins = accounts
    .filter((a) => a.role === 'unit_admin')
    .map((a) => ({ username: a.username, password: a.password }));

  for (let t = 1; t <= scale.tenants; t++) {
    await handle.db.transaction().execute(async (trx) => {
      let tenant: BenchTenant;
      if (t === 1) {
        const areaIds = (
          await trx
            .selectFrom('areas')
            .select('id')
            .where('tenantId', '=', staff.tenantId)
            .orderBy('id')
            .execute()
        ).map((a) => a.id);
        const units = await addUnits(trx, random, staff.tenantId, areaIds, scale.unitsPerTenant, 'YZB', now);
        tenant = { tenantId: staff.tenantId, staffUserId: staff.id, units };
      } else {
        const added = await addTenant(trx, random, t, scale.unitsPerTenant, passwordHash, now);
        benchAccounts.push({ tenantId: added.tenantId, username: added.staffUsername, password });
        tenant = added;
      }
      const p = await addProblems(trx, random, tenant, scale, now);
      const k = await addTasks(trx, random, tenant, scale, now);
      totals.tenants++;
      totals.units += tenant.units.length;
      totals.problems += p.problems;
      totals.problemEvents += p.events;
      totals.tasks += k.tasks;
      totals.taskSlots += k.slots;
      totals.taskSlotEvents += k.events;
    });
    log(
      `committee ${t}/${scale.tenants}: ${totals.problems} problems, ${totals.problemEvents + totals.taskSlots + totals.taskSlotEvents} activity rows so far`,
    );
  }
  await sql`analyze`.execute(handle.db);
  const seconds = (performance.now() - started) / 1000;
  const activity = totals.problemEvents + totals.taskSlots + totals.taskSlotEvents;
  const manifest = {
    scale: scale.name,
    seed,
    dialect: handle.dialect,
    seconds: Math.round(seconds),
    ...totals,
    activityRows: activity,
    accounts: benchAccounts,
    unitAdmins,
  };
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'bench-data.json');
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  log(
    `done: ${JSON.stringify({ ...totals, activityRows: activity })}; manifest (with bench passwords) in ${file}`,
  );
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
