import { type ComponentType, lazy } from 'react';
import type { Action } from '../../../../common/permissions.js';
import { ASSESSMENT_TODOS } from '../assessments/routes.js';

/**
 * To-do sources shown on the workbench. Each module adds one entry: a component that loads
 * and lists the user's open items of that module (and renders nothing when there are none).
 */
export interface TodoSource {
  key: string;
  action?: Action;
  component: ComponentType;
}

export const TODO_SOURCES: TodoSource[] = [
  { key: 'orgs.termWarnings', action: 'orgs.read', component: lazy(() => import('./TermWarningsTodo.js')) },
  // inspections
  {
    key: 'inspections',
    action: 'inspections.read',
    component: lazy(() => import('../inspections/InspectionTodos.js')),
  },
  // workStyle
  {
    key: 'workStyle.problems',
    action: 'workStyle.read',
    component: lazy(() => import('../work-style/WorkStyleTodo.js')),
  },
  // learning
  { key: 'learning', component: lazy(() => import('../learning/LearningTodo.js')) },
  // documents
  { key: 'documents', component: lazy(() => import('../tasks/TasksTodo.js')) },
  // assessments
  ...ASSESSMENT_TODOS,
  // reports
  // users
];
