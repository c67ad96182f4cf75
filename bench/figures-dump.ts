import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { computeFigures } from '../server/modules/reports/figures-service.js';

/**
 * Prints every figure (value, items and sources) of the bench committee as JSON, for several scopes
 * and periods, so two builds can be compared on the same data (`diff` of the outputs):
 *
 *   DATA_DIR=/tmp/bench-prov node dist/bench-build/bench/figures-dump.js > after.json
 */
async function main() {
  const config = loadConfig(process.env, []);
  const handle = openDatabase(config);
  const db = handle.db;
  const tenantId = Number(process.env.BENCH_TENANT ?? 1);
  const units = await db
    .selectFrom('units')
    .select(['id', 'areaId'])
    .where('tenantId', '=', tenantId)
    .orderBy('id')
    .execute();
  const areaId = units.find((u) => u.areaId !== null)?.areaId ?? null;
  const scopes = [
    { tenantId, unitIds: null, areaIds: null },
    { tenantId, unitIds: null, areaIds: areaId ? [areaId] : [] },
    { tenantId, unitIds: units.slice(0, 3).map((u) => u.id), areaIds: null },
  ];
  const periods = [
    { from: '2010-01-01', to: '2010-06-30' },
    { from: '2010-01-01', to: '2010-12-31' },
    { from: '2010-04-01', to: '2010-04-30' },
  ];
  const out = [];
  for (const scope of scopes)
    for (const period of periods)
      out.push({ scope, period, figures: await computeFigures(db, scope, period) });
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  await handle.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
