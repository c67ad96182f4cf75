import type { DialectMigration } from '../migration-kit.js';
import * as foundation from './20261127_0001_foundation.js';
// import: inspections
import * as inspections from './20261127_0010_inspections.js';
// import: workStyle
import * as workStyle from './20261127_0020_work_style.js';
// import: learning
import * as learning from './20261127_0030_learning.js';
// import: documents
import * as documents from './20261127_0040_documents.js';
// import: assessments
import * as assessments from './20261127_0050_assessments.js';
// import: reports
import * as reports from './20261127_0060_reports.js';
import * as briefingCampaign from './20261127_0061_briefing_campaign.js';
import * as inspectionsReview from './20261202_0010_inspections_review.js';
import * as auditNoTruncate from './20261203_0001_audit_no_truncate.js';
import * as learningAttendees from './20261204_0030_learning_attendees.js';
import * as assessmentsGradeShares from './20261204_0050_assessments_grade_shares.js';
import * as perfIndexes from './20261205_0100_perf_indexes.js';
import * as exportJobs from './20261206_0100_export_jobs.js';
import * as rateLimits from './20261206_0300_rate_limits.js';
// import: users

/**
 * Every migration, in order. Names are timestamped and forward-only; a module adds its file here.
 * A static list (rather than a folder scan) keeps the compiled build and the tests identical.
 */
export const migrations: Record<string, DialectMigration> = {
  '20261127_0001_foundation': foundation,
  // migration: inspections
  '20261127_0010_inspections': inspections,
  '20261202_0010_inspections_review': inspectionsReview,
  // migration: workStyle
  '20261127_0020_work_style': workStyle,
  // migration: learning
  '20261127_0030_learning': learning,
  '20261204_0030_learning_attendees': learningAttendees,
  // migration: documents
  '20261127_0040_documents': documents,
  // migration: assessments
  '20261127_0050_assessments': assessments,
  '20261204_0050_assessments_grade_shares': assessmentsGradeShares,
  // migration: reports
  '20261127_0060_reports': reports,
  '20261127_0061_briefing_campaign': briefingCampaign,
  // migration: users
  // migration: hardening
  '20261203_0001_audit_no_truncate': auditNoTruncate,
  // migration: performance (issue 10)
  '20261205_0100_perf_indexes': perfIndexes,
  '20261206_0100_export_jobs': exportJobs,
  '20261206_0300_rate_limits': rateLimits,
};
