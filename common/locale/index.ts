// import: assessments
import { assessments, assessmentsFields } from './zh-CN/assessments.js';
import { cli } from './zh-CN/cli.js';
import { core } from './zh-CN/core.js';
// import: documents
import { documents, documentsFields } from './zh-CN/documents.js';
import { excel } from './zh-CN/excel.js';
import { exportJobs } from './zh-CN/exports.js';
import { coreFields } from './zh-CN/fields.js';
import { files, filesFields } from './zh-CN/files.js';
// import: inspections
import { inspections, inspectionsFields } from './zh-CN/inspections.js';
// import: learning
import { learning, learningFields } from './zh-CN/learning.js';
import { orgs, orgsFields } from './zh-CN/orgs.js';
import { orgsWeb } from './zh-CN/orgs-web.js';
import { publications, publicationsFields } from './zh-CN/publications.js';
// import: reports
import { reports, reportsFields } from './zh-CN/reports.js';
// import: users
import { users, usersFields } from './zh-CN/users.js';
import { web } from './zh-CN/web.js';
// import: workStyle
import { workStyle, workStyleFields } from './zh-CN/work-style.js';

/**
 * The one locale module: every Chinese phrase the server or the web shows comes from here.
 * Each domain keeps its phrases (and its field labels) in its own file under zh-CN/ and is merged in below.
 */
export const fieldLabels: Record<string, string> = {
  ...coreFields,
  ...orgsFields,
  ...filesFields,
  // fields: inspections
  ...inspectionsFields,
  // fields: workStyle
  ...workStyleFields,
  // fields: learning
  ...learningFields,
  ...publicationsFields,
  // fields: documents
  ...documentsFields,
  // fields: assessments
  ...assessmentsFields,
  // fields: reports
  ...reportsFields,
  // fields: users
  ...usersFields,
};

export const zh = {
  ...core,
  fieldLabels,
  cli,
  excel,
  orgs,
  web,
  files,
  exportJobs,
  orgsWeb,
  // phrases: inspections
  inspections,
  // phrases: workStyle
  workStyle,
  // phrases: learning
  learning,
  publications,
  // phrases: documents
  documents,
  // phrases: assessments
  assessments,
  // phrases: reports
  reports,
  // phrases: users
  users,
};

export function fieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return fieldLabels[last] ?? last;
}
