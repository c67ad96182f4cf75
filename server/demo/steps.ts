// import: assessments
import { assessmentsDemo } from './assessments.js';
import type { DemoStep } from './context.js';
// import: documents
import { documentsDemo } from './documents.js';
// import: inspections
import { inspectionsDemo } from './inspections.js';
// import: learning
import { learningDemo } from './learning.js';
// import: reports
// import: workStyle
import { workStyleDemo } from './work-style.js';
// import: users

/**
 * Module demo steps, in order. Each module adds its own step here (one import, one entry),
 * building on the organisations and accounts of the foundation step.
 */
export const DEMO_STEPS: DemoStep[] = [
  // step: inspections
  inspectionsDemo,
  // step: workStyle
  workStyleDemo,
  // step: learning
  learningDemo,
  // step: documents
  documentsDemo,
  // step: assessments
  assessmentsDemo,
  // step: reports
  // step: users
];
