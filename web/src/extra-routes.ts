import { type ComponentType, lazy } from 'react';
import type { Action } from '../../common/permissions.js';
import { ASSESSMENT_ROUTES } from './pages/assessments/routes.js';

/**
 * Routes outside the menu: detail pages, forms, and public pages (no login). Each module adds
 * its own entries (lazy components), so no module edits AppRoutes.
 */
export interface ExtraRoute {
  path: string;
  action?: Action;
  /** Reachable without signing in (the public news page). */
  public?: boolean;
  component: ComponentType;
}

export const EXTRA_ROUTES: ExtraRoute[] = [
  // orgs
  {
    path: '/orgs/units/:id',
    action: 'orgs.read',
    component: lazy(() => import('./pages/orgs/UnitDetailPage.js')),
  },
  // inspections
  {
    path: '/inspections/sessions/:id',
    action: 'inspections.read',
    component: lazy(() => import('./pages/inspections/SessionPage.js')),
  },
  // workStyle
  {
    path: '/work-style/problems/:id',
    action: 'workStyle.read',
    component: lazy(() => import('./pages/work-style/ProblemDetailPage.js')),
  },
  // learning
  { path: '/public', public: true, component: lazy(() => import('./pages/public/PublicSitePage.js')) },
  {
    path: '/public/news/:id',
    public: true,
    component: lazy(() => import('./pages/public/PublicNewsPage.js')),
  },
  {
    path: '/public/briefings/:id',
    public: true,
    component: lazy(() => import('./pages/public/PublicBriefingPage.js')),
  },
  // documents
  {
    path: '/documents/new',
    action: 'documents.manage',
    component: lazy(() => import('./pages/documents/DocumentFormPage.js')),
  },
  {
    path: '/documents/:id',
    action: 'documents.read',
    component: lazy(() => import('./pages/documents/DocumentDetailPage.js')),
  },
  {
    path: '/documents/:id/edit',
    action: 'documents.manage',
    component: lazy(() => import('./pages/documents/DocumentFormPage.js')),
  },
  {
    path: '/tasks/new',
    action: 'tasks.manage',
    component: lazy(() => import('./pages/tasks/TaskFormPage.js')),
  },
  {
    path: '/tasks/slots/:id',
    action: 'tasks.read',
    component: lazy(() => import('./pages/tasks/SlotPage.js')),
  },
  {
    path: '/tasks/:id',
    action: 'tasks.read',
    component: lazy(() => import('./pages/tasks/TaskDetailPage.js')),
  },
  {
    path: '/tasks/:id/edit',
    action: 'tasks.manage',
    component: lazy(() => import('./pages/tasks/TaskFormPage.js')),
  },
  {
    path: '/excellence/new',
    action: 'mechanisms.manage',
    component: lazy(() => import('./pages/excellence/MechanismFormPage.js')),
  },
  {
    path: '/excellence/:id',
    action: 'mechanisms.read',
    component: lazy(() => import('./pages/excellence/MechanismDetailPage.js')),
  },
  {
    path: '/excellence/:id/edit',
    action: 'mechanisms.manage',
    component: lazy(() => import('./pages/excellence/MechanismFormPage.js')),
  },
  // assessments
  ...ASSESSMENT_ROUTES,
  // reports
  {
    path: '/statistics/summaries/:id',
    action: 'reports.summary',
    component: lazy(() => import('./pages/statistics/SummaryEditorPage.js')),
  },
  // users
];
