import { lazy } from 'react';
import type { ExtraRoute } from '../../extra-routes.js';
import type { TodoSource } from '../workbench/todos.js';

export const ASSESSMENT_ROUTES: ExtraRoute[] = [
  {
    path: '/assessments/schemes/:id',
    action: 'assessments.read',
    component: lazy(() => import('./SchemeDetailPage.js')),
  },
  {
    path: '/assessments/schemes/:id/units/:unitId',
    action: 'assessments.results',
    component: lazy(() => import('./ExplanationPage.js')),
  },
  {
    path: '/assessments/awards/:id',
    action: 'assessments.results',
    component: lazy(() => import('./AwardPage.js')),
  },
];

export const ASSESSMENT_TODOS: TodoSource[] = [
  {
    key: 'assessments-scoring',
    action: 'assessments.score',
    component: lazy(() => import('./ScoringTodo.js')),
  },
  {
    key: 'assessments-awards',
    action: 'assessments.approve',
    component: lazy(() => import('./AwardTodo.js')),
  },
];
