import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  ClusterOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Action } from '../../common/permissions.js';
import { lazyPage } from './lazy-page.js';
import { shellZh as zh } from './shell-locale.js';

export interface PageEntry {
  path: string;
  label: string;
  /** Shown to users whose roles grant this action; omitted = every signed-in user. */
  action?: Action;
  component: ComponentType;
}

export interface ModuleEntry {
  key: string;
  label: string;
  icon: ReactNode;
  pages: PageEntry[];
}

const m = zh.web.menu;

/**
 * The module menu, in the committee's order. A module not yet built shows one page that says so
 * plainly. Each module replaces its placeholder with its own pages (lazy-loaded, one chunk each).
 */
export const MODULES: ModuleEntry[] = [
  {
    key: 'workbench',
    label: m.workbench,
    icon: <HomeOutlined />,
    pages: [
      {
        path: '/',
        label: m.workbench,
        component: lazyPage(() => import('./pages/workbench/WorkbenchPage.js')),
      },
    ],
  },
  {
    key: 'documents',
    label: zh.menus.documents.module,
    icon: <FileTextOutlined />,
    pages: [
      {
        path: '/documents',
        label: zh.menus.documents.documents,
        action: 'documents.read',
        component: lazyPage(() => import('./pages/documents/DocumentsPage.js')),
      },
      {
        path: '/tasks',
        label: zh.menus.documents.tasks,
        action: 'tasks.read',
        component: lazyPage(() => import('./pages/tasks/TasksPage.js')),
      },
      {
        path: '/tasks/progress',
        label: zh.menus.documents.progress,
        action: 'tasks.read',
        component: lazyPage(() => import('./pages/tasks/ProgressPage.js')),
      },
    ],
  },
  {
    key: 'orgs',
    label: m.orgs,
    icon: <ClusterOutlined />,
    pages: [
      {
        path: '/orgs',
        label: zh.menus.orgs.units,
        action: 'orgs.read',
        component: lazyPage(() => import('./pages/orgs/UnitsPage.js')),
      },
      {
        path: '/orgs/party-orgs',
        label: zh.menus.orgs.partyOrgs,
        action: 'orgs.read',
        component: lazyPage(() => import('./pages/orgs/PartyOrgsPage.js')),
      },
      {
        path: '/orgs/areas',
        label: zh.menus.orgs.areas,
        action: 'orgs.read',
        component: lazyPage(() => import('./pages/orgs/AreasPage.js')),
      },
      {
        path: '/orgs/import',
        label: zh.menus.orgs.import,
        action: 'orgs.import',
        component: lazyPage(() => import('./pages/orgs/ImportPage.js')),
      },
    ],
  },
  {
    key: 'learning',
    label: m.learning,
    icon: <BookOutlined />,
    pages: [
      // pages: inspections
      {
        path: '/inspections',
        label: zh.menus.inspections.plans,
        action: 'inspections.read',
        component: lazyPage(() => import('./pages/inspections/PlansPage.js')),
      },
      {
        path: '/inspections/my-unit',
        label: zh.menus.inspections.myUnit,
        action: 'inspections.studyPlan.submit',
        component: lazyPage(() => import('./pages/inspections/MyUnitPage.js')),
      },
      {
        path: '/inspections/mine',
        label: zh.menus.inspections.mine,
        action: 'inspections.record.write',
        component: lazyPage(() => import('./pages/inspections/MySessionsPage.js')),
      },
      {
        path: '/inspections/sessions',
        label: zh.menus.inspections.sessions,
        action: 'inspections.read',
        component: lazyPage(() => import('./pages/inspections/SessionsPage.js')),
      },
      {
        path: '/inspections/registers',
        label: zh.menus.inspections.registers,
        action: 'inspections.read',
        component: lazyPage(() => import('./pages/inspections/RegistersPage.js')),
      },
      {
        path: '/inspections/year-end',
        label: zh.menus.inspections.yearEnd,
        action: 'inspections.ranking.read',
        component: lazyPage(() => import('./pages/inspections/YearEndPage.js')),
      },
      {
        path: '/inspections/check-items',
        label: zh.menus.inspections.checkItems,
        action: 'inspections.plan.manage',
        component: lazyPage(() => import('./pages/inspections/CheckItemsPage.js')),
      },
      // pages: learning
      {
        path: '/learning/study-days',
        label: zh.menus.learning.studyDays,
        action: 'learning.read',
        component: lazyPage(() => import('./pages/learning/StudyDaysPage.js')),
      },
      {
        path: '/learning/activities',
        label: zh.menus.learning.activities,
        action: 'learning.read',
        component: lazyPage(() => import('./pages/learning/ActivitiesPage.js')),
      },
      {
        path: '/learning/materials',
        label: zh.menus.learning.materials,
        action: 'learning.read',
        component: lazyPage(() => import('./pages/learning/MaterialsPage.js')),
      },
      {
        path: '/learning/books',
        label: zh.menus.learning.books,
        action: 'learning.read',
        component: lazyPage(() => import('./pages/learning/BooksPage.js')),
      },
    ],
  },
  {
    key: 'excellence',
    label: m.excellence,
    icon: <FlagOutlined />,
    pages: [
      {
        path: '/excellence',
        label: zh.menus.documents.mechanisms,
        action: 'mechanisms.read',
        component: lazyPage(() => import('./pages/excellence/MechanismsPage.js')),
      },
    ],
  },
  {
    key: 'workStyle',
    label: m.workStyle,
    icon: <SafetyCertificateOutlined />,
    pages: [
      {
        path: '/work-style',
        label: zh.menus.workStyle.problems,
        action: 'workStyle.read',
        component: lazyPage(() => import('./pages/work-style/ProblemsPage.js')),
      },
      {
        path: '/work-style/ledger',
        label: zh.menus.workStyle.ledger,
        action: 'workStyle.read',
        component: lazyPage(() => import('./pages/work-style/LedgerPage.js')),
      },
      {
        path: '/work-style/unannounced',
        label: zh.menus.workStyle.unannounced,
        action: 'workStyle.manage',
        component: lazyPage(() => import('./pages/work-style/UnannouncedPage.js')),
      },
      {
        path: '/work-style/visits',
        label: zh.menus.workStyle.visits,
        action: 'workStyle.manage',
        component: lazyPage(() => import('./pages/work-style/VisitsPage.js')),
      },
      {
        path: '/work-style/campaigns',
        label: zh.menus.workStyle.campaigns,
        action: 'workStyle.read',
        component: lazyPage(() => import('./pages/work-style/CampaignsPage.js')),
      },
      {
        path: '/work-style/commitments',
        label: zh.menus.workStyle.commitments,
        action: 'workStyle.read',
        component: lazyPage(() => import('./pages/work-style/CommitmentsPage.js')),
      },
      {
        path: '/work-style/stats',
        label: zh.menus.workStyle.stats,
        action: 'workStyle.read',
        component: lazyPage(() => import('./pages/work-style/StatsPage.js')),
      },
      {
        path: '/work-style/categories',
        label: zh.menus.workStyle.categories,
        action: 'workStyle.manage',
        component: lazyPage(() => import('./pages/work-style/CategoriesPage.js')),
      },
    ],
  },
  {
    key: 'assessments',
    label: m.assessments,
    icon: <TrophyOutlined />,
    pages: [
      {
        path: '/assessments',
        label: m.assessments,
        action: 'assessments.read',
        component: lazyPage(() => import('./pages/assessments/SchemesPage.js')),
      },
    ],
  },
  {
    key: 'publicity',
    label: m.publicity,
    icon: <NotificationOutlined />,
    pages: [
      {
        path: '/publicity',
        label: zh.menus.publications.briefings,
        action: 'publications.read',
        component: lazyPage(() => import('./pages/publicity/BriefingsPage.js')),
      },
      {
        path: '/publicity/news',
        label: zh.menus.publications.news,
        action: 'publications.read',
        component: lazyPage(() => import('./pages/publicity/NewsPage.js')),
      },
    ],
  },
  {
    key: 'statistics',
    label: m.statistics,
    icon: <BarChartOutlined />,
    pages: [
      {
        path: '/statistics',
        label: zh.menus.reports.dashboard,
        action: 'reports.read',
        component: lazyPage(() => import('./pages/statistics/DashboardPage.js')),
      },
      {
        path: '/statistics/summaries',
        label: zh.menus.reports.summaries,
        action: 'reports.summary',
        component: lazyPage(() => import('./pages/statistics/SummariesPage.js')),
      },
    ],
  },
  {
    key: 'system',
    label: m.system,
    icon: <SettingOutlined />,
    pages: [
      {
        path: '/system/accounts',
        label: zh.menus.users.accounts,
        action: 'users.manage',
        component: lazyPage(() => import('./pages/system/AccountsPage.js')),
      },
      {
        path: '/system/roles',
        label: zh.menus.users.roles,
        action: 'users.roles',
        component: lazyPage(() => import('./pages/system/RolesPage.js')),
      },
      {
        path: '/system/security',
        label: zh.menus.users.security,
        action: 'security.settings',
        component: lazyPage(() => import('./pages/system/SecurityPage.js')),
      },
    ],
  },
  {
    key: 'audit',
    label: m.audit,
    icon: <AuditOutlined />,
    pages: [
      {
        path: '/audit',
        label: m.audit,
        action: 'audit.read',
        component: lazyPage(() => import('./pages/audit/AuditLogPage.js')),
      },
    ],
  },
];

/** Starts loading the menu page at `pathname` (if it is one) — called once at start-up. */
export function preloadPage(pathname: string) {
  for (const mod of MODULES)
    for (const page of mod.pages)
      if (page.path === pathname && 'preload' in page.component)
        void (page.component as { preload: () => Promise<unknown> }).preload();
}
