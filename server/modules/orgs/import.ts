import { zh } from '../../../common/locale/index.js';
import type { ImportResult } from '../../../common/orgs.js';
import type { Trx } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/errors.js';
import { type AuditActor, writeAudit } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { Deps } from '../../platform/deps.js';
import { conflict } from '../../platform/errors.js';
import { readWorkbook } from '../../platform/excel/index.js';
import { parseOrgsWorkbook } from './import-parse.js';
import { type ImportPlan, planImport } from './import-plan.js';
import * as iq from './import-queries.js';
import * as q from './queries.js';

/** Who imports: the tenant the rows go to and the actor the audit row names (a user, or the CLI). */
export interface Importer {
  tenantId: number;
  actor: AuditActor;
}

/**
 * Imports units and party organisations from an .xlsx. All-or-nothing: any row error → nothing is
 * written and the errors come back (with HTTP 200). Idempotent: a file that changes nothing writes
 * nothing, not even an audit row. A real import that writes is one transaction with one audit row.
 */
export async function importOrgs(
  deps: Deps,
  who: Importer,
  buffer: Buffer,
  dryRun: boolean,
): Promise<ImportResult> {
  const parsed = parseOrgsWorkbook(await readWorkbook(buffer));
  if (dryRun) return summarise(await planImport(deps.db, who.tenantId, parsed), true);
  // Planned once, inside the transaction that writes, so that what we write matches what is there.
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const plan = await planImport(trx, who.tenantId, parsed);
      const result = summarise(plan, false);
      if (plan.errors.length || !hasChanges(plan)) return result;
      await applyPlan(trx, who.tenantId, plan);
      await writeAudit(trx, who.actor, {
        action: 'orgs.import',
        objectType: 'orgs',
        detail: { summary: zh.orgs.import.auditSummary, created: result.created, updated: result.updated },
      });
      return result;
    });
  } catch (error) {
    // Another import created the same unit or organisation first: nothing of this one was written.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

function hasChanges(plan: ImportPlan) {
  return [...plan.units, ...plan.partyOrgs].some((s) => s.action !== 'unchanged');
}

function summarise(plan: ImportPlan, dryRun: boolean): ImportResult {
  const count = (steps: { action: string }[], action: string) =>
    steps.filter((s) => s.action === action).length;
  const of = (action: string) => ({
    units: count(plan.units, action),
    partyOrgs: count(plan.partyOrgs, action),
  });
  const errors = [...plan.errors].sort((a, b) =>
    a.sheet === b.sheet ? a.row - b.row : a.sheet === zh.orgs.excel.unitSheet ? -1 : 1,
  );
  return { dryRun, created: of('create'), updated: of('update'), unchanged: of('unchanged'), errors };
}

async function applyPlan(trx: Trx, tenantId: number, plan: ImportPlan) {
  const now = clock.nowIso();
  const unitIds = new Map<string, number>();
  const newUnits = [];
  for (const step of plan.units) {
    const { values } = step;
    const row = { ...values, isWindow: values.isWindow ? 1 : 0, updatedAt: now };
    if (step.action === 'create') {
      newUnits.push({ tenantId, ...row, createdAt: now });
    } else if (step.existing) {
      unitIds.set(values.code, step.existing.id);
      if (
        step.action === 'update' &&
        !(await q.updateUnit(trx, step.existing.id, step.existing.version, row))
      )
        throw conflict();
    }
  }
  // New units in multi-row INSERTs (one statement per 400 rows, not per row).
  for (const u of await iq.insertUnitsBatched(trx, newUnits)) unitIds.set(u.code, u.id);
  const orgIds = new Map<string, number>();
  for (const o of await iq.findTenantPartyOrgsForImport(trx, tenantId))
    orgIds.set(`${o.unitCode}\u0000${o.name}`, o.id);
  const unitIdOf = async (code: string) =>
    unitIds.get(code) ?? (await q.findUnitByCode(trx, tenantId, code))?.id ?? Promise.reject(conflict());

  // New organisations parents first, one level per batch: a row waits until its parent exists
  // (cycles were refused in the plan).
  let pending = plan.partyOrgs.filter((s) => s.action === 'create');
  while (pending.length) {
    const ready = pending.filter((s) => s.parentKey === null || orgIds.has(s.parentKey));
    if (!ready.length) throw conflict();
    const keyOf = new Map<string, string>();
    const rows = [];
    for (const step of ready) {
      const unitId = await unitIdOf(step.unitCode);
      keyOf.set(`${unitId}\u0000${step.values.name}`, step.key);
      rows.push({
        tenantId,
        unitId,
        parentId: step.parentKey ? (orgIds.get(step.parentKey) ?? null) : null,
        ...step.values,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const o of await iq.insertPartyOrgsBatched(trx, rows)) {
      const key = keyOf.get(`${o.unitId}\u0000${o.name}`);
      if (key === undefined) throw conflict();
      orgIds.set(key, o.id);
    }
    const done = new Set(ready);
    pending = pending.filter((s) => !done.has(s));
  }
  for (const step of plan.partyOrgs) {
    if (step.action !== 'update' || !step.existing) continue;
    const parentId = step.parentKey ? (orgIds.get(step.parentKey) ?? null) : null;
    const ok = await q.updatePartyOrg(trx, step.existing.id, step.existing.version, {
      ...step.values,
      parentId,
      updatedAt: now,
    });
    if (!ok) throw conflict();
  }
}
