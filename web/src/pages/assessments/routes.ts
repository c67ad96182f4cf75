import { lazy } from 'react';
import type { ExtraRoute } from '../../extra-routes.js';
import { lazyPage } from '../../lazy-page.js';
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
    component: lazyPage(() => import('./ScoringTodo.js')),
  },
  {
    key: 'assessments-awards',
    action: 'assessments.approve',
    component: lazyPage(() => import('./AwardTodo.js')),
  },
];
