import type { Role } from './roles.js';

/**
 * How far a role's grant reaches for one action:
 * - tenant: every record of the user's committee
 * - area:   records of units in the areas the user leads (area leader) or in the user's own unit's area
 * - unit:   records of the user's own unit
 * - invited: records the user was explicitly invited to (assessments for evaluators)
 * - self:   the user's own account
 */
export type Scope = 'tenant' | 'area' | 'unit' | 'invited' | 'self';

/** Where a record stands relative to the user. */
export type Relation = 'own_unit' | 'same_area' | 'other_area' | 'tenant_level' | 'other_tenant';

type Grants = Partial<Record<Role, Scope>>;

const everyoneInBusiness: Grants = {
  committee_leader: 'tenant',
  committee_staff: 'tenant',
  area_leader: 'area',
  unit_admin: 'unit',
};

/**
 * The declarative permission table: action → role → scope. Every route declares one of these
 * actions; the tests walk this table (role × relation) against the policy functions and over HTTP.
 * Modules add their actions here.
 */
export const PERMISSIONS = {
  'orgs.read': { ...everyoneInBusiness, area_leader: 'tenant' },
  'orgs.write': { committee_staff: 'tenant' },
  'orgs.unit.edit': { committee_staff: 'tenant', unit_admin: 'unit' },
  'orgs.import': { committee_staff: 'tenant' },
  'orgs.export': { committee_leader: 'tenant', committee_staff: 'tenant', area_leader: 'area' },
  'files.upload': { ...everyoneInBusiness, efficiency_evaluator: 'invited' },
  'files.read': { ...everyoneInBusiness, efficiency_evaluator: 'invited' },
  'users.manage': { sysadmin: 'tenant' },
  'users.roles': { secadmin: 'tenant' },
  'security.settings': { secadmin: 'tenant' },
  'audit.read': { auditor: 'tenant' },
  // ---- inspections (中心组学习巡听) ----
  'inspections.read': { ...everyoneInBusiness },
  'inspections.plan.manage': { committee_staff: 'tenant' },
  'inspections.studyPlan.submit': { unit_admin: 'unit' },
  'inspections.studyPlan.review': { committee_staff: 'tenant' },
  'inspections.record.write': { committee_staff: 'tenant', area_leader: 'area' },
  'inspections.feedback.ack': { unit_admin: 'unit' },
  'inspections.ranking.read': { committee_leader: 'tenant', committee_staff: 'tenant' },
  'inspections.selection.manage': { committee_staff: 'tenant' },
  'inspections.selection.approve': { committee_leader: 'tenant' },
  // ---- workStyle (作风建设: campaigns, problems, commitments) ----
  'workStyle.read': { ...everyoneInBusiness },
  'workStyle.manage': { committee_staff: 'tenant' },
  'problems.rectify': { unit_admin: 'unit' },
  'workStyle.export': {
    committee_leader: 'tenant',
    committee_staff: 'tenant',
    area_leader: 'area',
    unit_admin: 'unit',
  },
  // ---- learning (学习日、读书、学习资料; publications 简报/新闻) ----
  /** Study days, books, reading lists, published study material: every business role; unit-bound records by reach. */
  'learning.read': everyoneInBusiness,
  'learning.manage': { committee_staff: 'tenant' },
  /** Units report their own reading activities; committee staff may record them for any unit. */
  'learning.report': { committee_staff: 'tenant', unit_admin: 'unit' },
  /** Published briefings and news are read by all business roles; drafts only by those who manage or publish. */
  'publications.read': { ...everyoneInBusiness, area_leader: 'tenant', unit_admin: 'tenant' },
  'publications.manage': { committee_staff: 'tenant' },
  /** 审核印发: a briefing in review is published by committee staff or a committee leader. */
  'publications.publish': { committee_leader: 'tenant', committee_staff: 'tenant' },
  // ---- documents (文件、任务、“168”机制) ----
  /** Unit admins read only documents addressed to their unit (checked per record), area leaders those of their area. */
  'documents.read': everyoneInBusiness,
  'documents.manage': { committee_staff: 'tenant' },
  /** 编号印发: staff number and dispatch after sign-off; the leader may issue directly. */
  'documents.issue': { committee_leader: 'tenant', committee_staff: 'tenant' },
  'tasks.read': everyoneInBusiness,
  'tasks.manage': { committee_staff: 'tenant' },
  'tasks.report': { unit_admin: 'unit' },
  'mechanisms.read': everyoneInBusiness,
  'mechanisms.manage': { committee_staff: 'tenant' },
  'mechanisms.report': { unit_admin: 'unit' },
  // ---- assessments (考评与评优) ----
  'assessments.read': {
    committee_leader: 'tenant',
    committee_staff: 'tenant',
    unit_admin: 'unit',
    efficiency_evaluator: 'invited',
  },
  'assessments.results': { committee_leader: 'tenant', committee_staff: 'tenant', unit_admin: 'unit' },
  'assessments.manage': { committee_staff: 'tenant' },
  'assessments.score': { committee_staff: 'tenant', efficiency_evaluator: 'invited' },
  'assessments.approve': { committee_leader: 'tenant' },
  // ---- reports (统计与工作总结) ----
  'reports.read': { ...everyoneInBusiness },
  'reports.summary': { committee_leader: 'tenant', committee_staff: 'tenant' },
  // ---- exports (导出任务: the job routes; each export kind checks its own action) ----
  'exports.use': {
    committee_leader: 'self',
    committee_staff: 'self',
    area_leader: 'self',
    unit_admin: 'self',
  },
  // ---- users (账户与三员) ----
  /** Account lists and details (names, units, roles only): both the system and the security admin need them. */
  'users.read': { sysadmin: 'tenant', secadmin: 'tenant' },
  'account.self': {
    committee_leader: 'self',
    committee_staff: 'self',
    area_leader: 'self',
    unit_admin: 'self',
    efficiency_evaluator: 'self',
    sysadmin: 'self',
    secadmin: 'self',
    auditor: 'self',
  },
} satisfies Record<string, Grants>;

export type Action = keyof typeof PERMISSIONS;

/** The widest scope any of the user's roles gets for an action, or null if none. */
export function scopeFor(roles: readonly string[], action: Action): Scope | null {
  const grants: Grants = PERMISSIONS[action];
  const order: Scope[] = ['tenant', 'area', 'unit', 'invited', 'self'];
  let best: Scope | null = null;
  for (const role of roles) {
    const scope = grants[role as Role];
    if (scope && (best === null || order.indexOf(scope) < order.indexOf(best))) best = scope;
  }
  return best;
}

/** Whether a scope reaches a record in the given relation (invited/self are checked by their modules). */
export function scopeAllows(scope: Scope | null, relation: Relation): boolean {
  if (scope === null || relation === 'other_tenant') return false;
  switch (scope) {
    case 'tenant':
      return true;
    case 'area':
      return relation === 'own_unit' || relation === 'same_area';
    case 'unit':
      return relation === 'own_unit';
    default:
      return false;
  }
}
