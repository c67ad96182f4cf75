import type { ComponentType } from 'react';
import type { Action } from '../../../../common/permissions.js';
import { lazyPage } from '../../lazy-page.js';
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
  {
    key: 'orgs.termWarnings',
    action: 'orgs.read',
    component: lazyPage(() => import('./TermWarningsTodo.js')),
  },
  // inspections
  {
    key: 'inspections',
    action: 'inspections.read',
    component: lazyPage(() => import('../inspections/InspectionTodos.js')),
  },
  // workStyle
  {
    key: 'workStyle.problems',
    action: 'workStyle.read',
    component: lazyPage(() => import('../work-style/WorkStyleTodo.js')),
  },
  // learning
  { key: 'learning', component: lazyPage(() => import('../learning/LearningTodo.js')) },
  // documents
  { key: 'documents', component: lazyPage(() => import('../tasks/TasksTodo.js')) },
  // assessments
  ...ASSESSMENT_TODOS,
  // reports
  // users
];
