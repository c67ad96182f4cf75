import type { Action } from '../../../common/permissions.js';

/**
 * The declarative permission table of issue 9: one row per registered endpoint ("METHOD /url" as
 * Fastify registers it). The matrix test enumerates the app's routes at runtime and fails when a
 * route has no row here, or a row names a route that no longer exists, or the row's action differs
 * from the route's `config.action`.
 *
 * The expected outcome per principal is derived, not written out: anonymous → 401 on every
 * non-public route; a signed-in principal whose roles have no grant for the action
 * (common/permissions.ts scopeFor) → 403 before validation; everyone else passes the guard (their
 * answer is then the route's own: 200, 400, 404 … but never 401/403/5xx). `expect` overrides a cell
 * where a service refuses beyond the route's action; each override says why.
 *
 * kind: 'list' = a list, search, statistic or export without a record id: the reach test calls it
 * as a unit admin and as another committee's staff and looks for foreign rows; 'detail' = a
 * `/:id` record: the reach test walks ids 1..N.
 */
export type PrincipalName =
  | 'anonymous'
  | 'adminA1'
  | 'adminA2'
  | 'adminB1'
  | 'areaLeader'
  | 'staff'
  | 'leader'
  | 'evaluator'
  | 'sysadmin'
  | 'secadmin'
  | 'auditor'
  | 'otherStaff';

export interface RouteRow {
  action?: Action;
  public?: true;
  kind?: 'list' | 'detail';
  /** Query of a list call in the reach test (e.g. a required year). */
  query?: Record<string, string>;
  /** The call ends the caller's session (logout): the matrix signs the principal in again. */
  endsSession?: true;
  /** Cells where the answer is not the guard's (with the reason in a comment). */
  expect?: Partial<Record<PrincipalName, number>>;
}

export const ROUTE_TABLE: Record<string, RouteRow> = {
  // health
  'GET /livez': { public: true },
  'GET /readyz': { public: true },
  // auth
  'POST /api/auth/login': { public: true },
  'POST /api/auth/logout': { action: 'account.self', endsSession: true },
  'POST /api/auth/password': { action: 'account.self' },
  // me
  'GET /api/me': { action: 'account.self', kind: 'list' },
  // audit
  'GET /api/audit': { action: 'audit.read', kind: 'list' },
  'GET /api/audit/facets': { action: 'audit.read', kind: 'list' },
  'GET /api/audit/verify': { action: 'audit.read', kind: 'list' },
  // files
  'POST /api/files': { action: 'files.upload' },
  'GET /api/files/:id': { action: 'files.read', kind: 'detail' },
  // export jobs (a job is only its starter's: everyone else gets 404)
  'POST /api/exports': { action: 'exports.use' },
  'GET /api/exports/:id': { action: 'exports.use', kind: 'detail' },
  'GET /api/exports/:id/file': { action: 'exports.use', kind: 'detail' },
  // orgs
  'GET /api/orgs/import/template': { action: 'orgs.import', kind: 'list' },
  'POST /api/orgs/import': { action: 'orgs.import' },
  'GET /api/orgs/export': { action: 'orgs.export', kind: 'list' },
  'GET /api/orgs/departments': { action: 'orgs.read', kind: 'list' },
  'GET /api/orgs/area-leader-candidates': { action: 'orgs.write', kind: 'list' },
  'GET /api/orgs/areas': { action: 'orgs.read', kind: 'list' },
  'POST /api/orgs/areas': { action: 'orgs.write' },
  'PUT /api/orgs/areas/:id': { action: 'orgs.write' },
  'DELETE /api/orgs/areas/:id': { action: 'orgs.write' },
  'GET /api/orgs/categories': { action: 'orgs.read', kind: 'list' },
  'GET /api/orgs/unit-options': { action: 'orgs.read', kind: 'list' },
  'GET /api/orgs/units': { action: 'orgs.read', kind: 'list' },
  'GET /api/orgs/units/:id': { action: 'orgs.read', kind: 'detail' },
  'GET /api/orgs/units/:id/party-orgs/tree': { action: 'orgs.read' },
  'POST /api/orgs/units': { action: 'orgs.write' },
  'PUT /api/orgs/units/:id': { action: 'orgs.unit.edit' },
  'DELETE /api/orgs/units/:id': { action: 'orgs.write' },
  'GET /api/orgs/party-orgs': { action: 'orgs.read', kind: 'list' },
  'POST /api/orgs/party-orgs': { action: 'orgs.unit.edit' },
  'PUT /api/orgs/party-orgs/:id': { action: 'orgs.unit.edit' },
  'DELETE /api/orgs/party-orgs/:id': { action: 'orgs.unit.edit' },
  // inspections
  'GET /api/inspections/plans': { action: 'inspections.read', kind: 'list' },
  'GET /api/inspections/plans/:id': { action: 'inspections.read', kind: 'detail' },
  'POST /api/inspections/plans': { action: 'inspections.plan.manage' },
  'PUT /api/inspections/plans/:id': { action: 'inspections.plan.manage' },
  'POST /api/inspections/plans/:id/issue': { action: 'inspections.plan.manage' },
  'GET /api/inspections/plans/:id/calendar': { action: 'inspections.read' },
  'GET /api/inspections/progress': { action: 'inspections.read', kind: 'list' },
  'GET /api/inspections/sessions': { action: 'inspections.read', kind: 'list' },
  'GET /api/inspections/sessions/:id': { action: 'inspections.read', kind: 'detail' },
  'PUT /api/inspections/sessions/:id/schedule': { action: 'inspections.plan.manage' },
  'GET /api/inspections/sessions/:id/team-candidates': { action: 'inspections.plan.manage' },
  'PUT /api/inspections/sessions/:id/team': { action: 'inspections.plan.manage' },
  'POST /api/inspections/sessions/:id/study-plans': { action: 'inspections.studyPlan.submit' },
  'POST /api/inspections/study-plans/:id/return': { action: 'inspections.studyPlan.review' },
  'POST /api/inspections/study-plans/:id/accept': { action: 'inspections.studyPlan.review' },
  'PUT /api/inspections/sessions/:id/record': { action: 'inspections.record.write' },
  'POST /api/inspections/sessions/:id/record/submit': { action: 'inspections.record.write' },
  'POST /api/inspections/sessions/:id/record/corrections': { action: 'inspections.record.write' },
  'POST /api/inspections/sessions/:id/feedback/ack': { action: 'inspections.feedback.ack' },
  'GET /api/inspections/check-items': { action: 'inspections.read', kind: 'list' },
  'POST /api/inspections/check-items': { action: 'inspections.plan.manage' },
  'PUT /api/inspections/check-items/:id': { action: 'inspections.plan.manage' },
  'GET /api/inspections/registers/:kind': { action: 'inspections.read' },
  'GET /api/inspections/registers/:kind/export': { action: 'inspections.read' },
  'GET /api/inspections/ranking': { action: 'inspections.ranking.read', kind: 'list' },
  'GET /api/inspections/selections': { action: 'inspections.ranking.read', kind: 'list' },
  'POST /api/inspections/selections': { action: 'inspections.selection.manage' },
  'POST /api/inspections/selections/:id/approve': { action: 'inspections.selection.approve' },
  'POST /api/inspections/selections/:id/publicize': { action: 'inspections.selection.manage' },
  'POST /api/inspections/selections/:id/objections': { action: 'inspections.selection.manage' },
  'POST /api/inspections/selections/:id/finalize': { action: 'inspections.selection.manage' },
  'GET /api/inspections/todos': { action: 'inspections.read', kind: 'list' },
  // work-style
  'GET /api/work-style/campaigns': { action: 'workStyle.read', kind: 'list' },
  'POST /api/work-style/campaigns': { action: 'workStyle.manage' },
  'GET /api/work-style/campaigns/:id': { action: 'workStyle.read', kind: 'detail' },
  'PUT /api/work-style/campaigns/:id': { action: 'workStyle.manage' },
  'GET /api/work-style/teams': { action: 'workStyle.read', kind: 'list' },
  'GET /api/work-style/team-candidates': { action: 'workStyle.manage', kind: 'list' },
  'POST /api/work-style/teams': { action: 'workStyle.manage' },
  'PUT /api/work-style/teams/:id': { action: 'workStyle.manage' },
  'GET /api/work-style/visits': { action: 'workStyle.read', kind: 'list' },
  'POST /api/work-style/visits': { action: 'workStyle.manage' },
  'GET /api/work-style/visits/:id': { action: 'workStyle.read', kind: 'detail' },
  'PUT /api/work-style/visits/:id': { action: 'workStyle.manage' },
  'GET /api/work-style/reviews': { action: 'workStyle.read', kind: 'list' },
  'POST /api/work-style/reviews': { action: 'workStyle.manage' },
  'GET /api/work-style/reviews/:id': { action: 'workStyle.read', kind: 'detail' },
  'PUT /api/work-style/reviews/:id': { action: 'workStyle.manage' },
  // problems
  'GET /api/problems': { action: 'workStyle.read', kind: 'list' },
  'POST /api/problems': { action: 'workStyle.manage' },
  'GET /api/problems/categories': { action: 'workStyle.read', kind: 'list' },
  'PUT /api/problems/categories': { action: 'workStyle.manage' },
  'GET /api/problems/stats': { action: 'workStyle.read', kind: 'list' },
  'GET /api/problems/todo': { action: 'workStyle.read', kind: 'list' },
  'GET /api/problems/export': { action: 'workStyle.export', kind: 'list' },
  'POST /api/problems/feedback': { action: 'workStyle.manage' },
  'GET /api/problems/:id': { action: 'workStyle.read', kind: 'detail' },
  'PUT /api/problems/:id': { action: 'workStyle.manage' },
  'DELETE /api/problems/:id': { action: 'workStyle.manage' },
  'PUT /api/problems/:id/rectification': { action: 'problems.rectify' },
  'POST /api/problems/:id/progress': { action: 'problems.rectify' },
  'POST /api/problems/:id/request-verification': { action: 'problems.rectify' },
  'POST /api/problems/:id/verify': { action: 'workStyle.manage' },
  'POST /api/problems/:id/return': { action: 'workStyle.manage' },
  'POST /api/problems/:id/close': { action: 'workStyle.manage' },
  'POST /api/problems/:id/remind': { action: 'workStyle.manage' },
  // commitments
  'GET /api/commitments': { action: 'workStyle.read', kind: 'list' },
  'POST /api/commitments': { action: 'workStyle.manage' },
  'GET /api/commitments/:id': { action: 'workStyle.read', kind: 'detail' },
  'PUT /api/commitments/:id': { action: 'workStyle.manage' },
  'POST /api/commitments/:id/checks': { action: 'workStyle.manage' },
  // public
  'GET /api/public/commitments': { public: true, kind: 'list' },
  // learning
  'GET /api/learning/books': { action: 'learning.read', kind: 'list' },
  'POST /api/learning/books': { action: 'learning.manage' },
  'PUT /api/learning/books/:id': { action: 'learning.manage' },
  'DELETE /api/learning/books/:id': { action: 'learning.manage' },
  'GET /api/learning/reading-lists': { action: 'learning.read', kind: 'list' },
  'GET /api/learning/reading-lists/:year': { action: 'learning.read' },
  'PUT /api/learning/reading-lists/:year': { action: 'learning.manage' },
  'GET /api/learning/study-days': { action: 'learning.read', kind: 'list' },
  'GET /api/learning/study-days/:id': { action: 'learning.read', kind: 'detail' },
  'POST /api/learning/study-days': { action: 'learning.manage' },
  'PUT /api/learning/study-days/:id': { action: 'learning.manage' },
  'PUT /api/learning/study-days/:id/attendance': { action: 'learning.manage' },
  'DELETE /api/learning/study-days/:id': { action: 'learning.manage' },
  'GET /api/learning/activities': { action: 'learning.read', kind: 'list' },
  'GET /api/learning/activities/coverage': { action: 'learning.read', kind: 'list' },
  'GET /api/learning/activities/:id': { action: 'learning.read', kind: 'detail' },
  'POST /api/learning/activities': { action: 'learning.report' },
  'PUT /api/learning/activities/:id': { action: 'learning.report' },
  'DELETE /api/learning/activities/:id': { action: 'learning.report' },
  'GET /api/learning/materials': { action: 'learning.read', kind: 'list' },
  'GET /api/learning/materials/:id': { action: 'learning.read', kind: 'detail' },
  'POST /api/learning/materials': { action: 'learning.manage' },
  'PUT /api/learning/materials/:id': { action: 'learning.manage' },
  'POST /api/learning/materials/:id/publish': { action: 'learning.manage' },
  'DELETE /api/learning/materials/:id': { action: 'learning.manage' },
  // public
  'GET /api/public/site': { public: true, kind: 'list' },
  'GET /api/public/news': { public: true, kind: 'list' },
  'GET /api/public/news/:id': { public: true, kind: 'detail' },
  'GET /api/public/news/:id/cover': { public: true },
  'GET /api/public/news/:id/images/:fileId': { public: true },
  'GET /api/public/briefings': { public: true, kind: 'list' },
  'GET /api/public/briefings/:id': { public: true, kind: 'detail' },
  // publications
  'GET /api/publications/series': { action: 'publications.read', kind: 'list' },
  'POST /api/publications/series': { action: 'publications.manage' },
  'PUT /api/publications/series/:id': { action: 'publications.manage' },
  'DELETE /api/publications/series/:id': { action: 'publications.manage' },
  'GET /api/publications/briefings': { action: 'publications.read', kind: 'list' },
  'GET /api/publications/briefings/:id': { action: 'publications.read', kind: 'detail' },
  'GET /api/publications/briefings/:id/docx': { action: 'publications.read' },
  'POST /api/publications/briefings': { action: 'publications.manage' },
  'PUT /api/publications/briefings/:id': { action: 'publications.manage' },
  'DELETE /api/publications/briefings/:id': { action: 'publications.manage' },
  'POST /api/publications/briefings/:id/submit': { action: 'publications.manage' },
  'POST /api/publications/briefings/:id/return': { action: 'publications.publish' },
  'POST /api/publications/briefings/:id/publish': { action: 'publications.publish' },
  'PUT /api/publications/briefings/:id/public': { action: 'publications.publish' },
  'GET /api/publications/news': { action: 'publications.read', kind: 'list' },
  'GET /api/publications/news/:id': { action: 'publications.read', kind: 'detail' },
  'POST /api/publications/news': { action: 'publications.manage' },
  'PUT /api/publications/news/:id': { action: 'publications.manage' },
  'POST /api/publications/news/:id/publish': { action: 'publications.publish' },
  'POST /api/publications/news/:id/unpublish': { action: 'publications.publish' },
  'DELETE /api/publications/news/:id': { action: 'publications.manage' },
  // documents
  'GET /api/documents': { action: 'documents.read', kind: 'list' },
  'GET /api/documents/:id': { action: 'documents.read', kind: 'detail' },
  'POST /api/documents': { action: 'documents.manage' },
  'PUT /api/documents/:id': { action: 'documents.manage' },
  'DELETE /api/documents/:id': { action: 'documents.manage' },
  'POST /api/documents/:id/issue': { action: 'documents.issue' },
  'POST /api/documents/:id/read': { action: 'documents.read' },
  'GET /api/documents/:id/receipts': { action: 'documents.read' },
  'GET /api/documents/:id/docx': { action: 'documents.read' },
  // tasks
  'GET /api/tasks': { action: 'tasks.read', kind: 'list' },
  'GET /api/tasks/matrix': { action: 'tasks.read', kind: 'list' },
  'GET /api/tasks/:id': { action: 'tasks.read', kind: 'detail' },
  'GET /api/tasks/:id/matrix': { action: 'tasks.read' },
  'POST /api/tasks': { action: 'tasks.manage' },
  'PUT /api/tasks/:id': { action: 'tasks.manage' },
  'DELETE /api/tasks/:id': { action: 'tasks.manage' },
  'POST /api/tasks/:id/dispatch': { action: 'tasks.manage' },
  'POST /api/tasks/:id/amend': { action: 'tasks.manage' },
  // task-slots
  'GET /api/task-slots': { action: 'tasks.read', kind: 'list' },
  'GET /api/task-slots/:id': { action: 'tasks.read', kind: 'detail' },
  'POST /api/task-slots/:id/report': { action: 'tasks.report' },
  'POST /api/task-slots/:id/review': { action: 'tasks.manage' },
  'POST /api/task-slots/:id/extension': { action: 'tasks.report' },
  'POST /api/task-slots/:id/extension/decision': { action: 'tasks.manage' },
  'POST /api/task-slots/:id/remind': { action: 'tasks.manage' },
  // mechanisms
  'GET /api/mechanisms': { action: 'mechanisms.read', kind: 'list' },
  'GET /api/mechanisms/:id': { action: 'mechanisms.read', kind: 'detail' },
  'POST /api/mechanisms': { action: 'mechanisms.manage' },
  'PUT /api/mechanisms/:id': { action: 'mechanisms.manage' },
  'GET /api/mechanisms/:id/matrix': { action: 'mechanisms.read' },
  'GET /api/mechanisms/:id/adoptions': { action: 'mechanisms.read' },
  'POST /api/mechanisms/:id/adoptions': { action: 'mechanisms.report' },
  // mechanism-adoptions
  'POST /api/mechanism-adoptions/:id/review': { action: 'mechanisms.manage' },
  // assessments
  'GET /api/assessments/schemes': { action: 'assessments.read', kind: 'list' },
  'GET /api/assessments/candidates': { action: 'assessments.manage', kind: 'list' },
  'GET /api/assessments/schemes/:id': { action: 'assessments.read', kind: 'detail' },
  'POST /api/assessments/schemes': { action: 'assessments.manage' },
  'PUT /api/assessments/schemes/:id': { action: 'assessments.manage' },
  'PUT /api/assessments/schemes/:id/units': { action: 'assessments.manage' },
  'POST /api/assessments/schemes/:id/start': { action: 'assessments.manage' },
  'POST /api/assessments/schemes/:id/derive': { action: 'assessments.manage' },
  'POST /api/assessments/schemes/:id/bodies': { action: 'assessments.manage' },
  'PUT /api/assessments/schemes/:id/bodies/:childId': { action: 'assessments.manage' },
  'DELETE /api/assessments/schemes/:id/bodies/:childId': { action: 'assessments.manage' },
  'POST /api/assessments/schemes/:id/indicators': { action: 'assessments.manage' },
  'PUT /api/assessments/schemes/:id/indicators/:childId': { action: 'assessments.manage' },
  'DELETE /api/assessments/schemes/:id/indicators/:childId': { action: 'assessments.manage' },
  'GET /api/assessments/schemes/:id/scores': { action: 'assessments.score' },
  'POST /api/assessments/schemes/:id/scores': { action: 'assessments.score' },
  'POST /api/assessments/schemes/:id/scores/prefill': { action: 'assessments.score' },
  'GET /api/assessments/schemes/:id/scores/history': { action: 'assessments.score' },
  'GET /api/assessments/schemes/:id/ballots': { action: 'assessments.manage' },
  'GET /api/assessments/schemes/:id/ballots/template': { action: 'assessments.manage' },
  'GET /api/assessments/awards/todos': { action: 'assessments.approve', kind: 'list' },
  'PUT /api/assessments/schemes/:id/ballots': { action: 'assessments.manage' },
  'POST /api/assessments/schemes/:id/ballots/import': { action: 'assessments.manage' },
  'GET /api/assessments/schemes/:id/vetoes': { action: 'assessments.results' },
  'POST /api/assessments/schemes/:id/vetoes': { action: 'assessments.manage' },
  'DELETE /api/assessments/schemes/:id/vetoes/:unitId': { action: 'assessments.manage' },
  'GET /api/assessments/schemes/:id/results': { action: 'assessments.results' },
  'GET /api/assessments/schemes/:id/results/:unitId': { action: 'assessments.results' },
  'POST /api/assessments/schemes/:id/publish': { action: 'assessments.manage' },
  'GET /api/assessments/schemes/:id/awards': { action: 'assessments.results' },
  'POST /api/assessments/schemes/:id/awards': { action: 'assessments.manage' },
  'PUT /api/assessments/awards/:id': { action: 'assessments.manage' },
  'POST /api/assessments/awards/:id/withdraw': { action: 'assessments.manage' },
  'GET /api/assessments/awards/:id': { action: 'assessments.results', kind: 'detail' },
  'POST /api/assessments/awards/:id/decision': { action: 'assessments.approve' },
  'POST /api/assessments/awards/:id/objections': { action: 'assessments.manage' },
  'POST /api/assessments/awards/:id/objections/:objectionId/resolve': { action: 'assessments.manage' },
  'POST /api/assessments/awards/:id/finalise': { action: 'assessments.manage' },
  'GET /api/assessments/awards/:id/export': { action: 'assessments.results' },
  // reports
  'GET /api/reports/figures': { action: 'reports.read', kind: 'list' },
  'GET /api/reports/figures/:key': { action: 'reports.read' },
  'GET /api/reports/heatmap': {
    action: 'reports.read',
    kind: 'list',
    query: { from: '2010-01-01', to: '2010-12-31' },
  },
  'GET /api/reports/assessment-categories': {
    action: 'reports.read',
    kind: 'list',
    query: { from: '2010-01-01', to: '2010-12-31' },
  },
  'GET /api/reports/summaries': { action: 'reports.summary', kind: 'list' },
  'POST /api/reports/summaries': { action: 'reports.summary' },
  'GET /api/reports/summaries/:id': { action: 'reports.summary', kind: 'detail' },
  'PUT /api/reports/summaries/:id': { action: 'reports.summary' },
  'GET /api/reports/summaries/:id/recount': { action: 'reports.summary' },
  'POST /api/reports/summaries/:id/recount': { action: 'reports.summary' },
  'GET /api/reports/summaries/:id/docx': { action: 'reports.summary' },
  'GET /api/reports/summaries/:id/versions': { action: 'reports.summary' },
  // users
  'GET /api/users': { action: 'users.read', kind: 'list' },
  'GET /api/users/options': { action: 'users.read', kind: 'list' },
  'GET /api/users/:id': { action: 'users.read', kind: 'detail' },
  'POST /api/users': { action: 'users.manage' },
  'PUT /api/users/:id': { action: 'users.manage' },
  'POST /api/users/:id/disable': { action: 'users.manage' },
  'POST /api/users/:id/enable': { action: 'users.manage' },
  'POST /api/users/:id/reset-password': { action: 'users.manage' },
  'PUT /api/users/:id/roles': { action: 'users.roles' },
  // security
  'GET /api/security/settings': { action: 'security.settings', kind: 'list' },
  'POST /api/security/unlock': { action: 'security.settings' },
};
