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
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { Action } from '../../common/permissions.js';
import { zh } from './locale.js';

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
      { path: '/', label: m.workbench, component: lazy(() => import('./pages/workbench/WorkbenchPage.js')) },
    ],
  },
  {
    key: 'documents',
    label: zh.documents.menu.module,
    icon: <FileTextOutlined />,
    pages: [
      {
        path: '/documents',
        label: zh.documents.menu.documents,
        action: 'documents.read',
        component: lazy(() => import('./pages/documents/DocumentsPage.js')),
      },
      {
        path: '/tasks',
        label: zh.documents.menu.tasks,
        action: 'tasks.read',
        component: lazy(() => import('./pages/tasks/TasksPage.js')),
      },
      {
        path: '/tasks/progress',
        label: zh.documents.menu.progress,
        action: 'tasks.read',
        component: lazy(() => import('./pages/tasks/ProgressPage.js')),
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
        label: zh.orgsWeb.menu.units,
        action: 'orgs.read',
        component: lazy(() => import('./pages/orgs/UnitsPage.js')),
      },
      {
        path: '/orgs/party-orgs',
        label: zh.orgsWeb.menu.partyOrgs,
        action: 'orgs.read',
        component: lazy(() => import('./pages/orgs/PartyOrgsPage.js')),
      },
      {
        path: '/orgs/areas',
        label: zh.orgsWeb.menu.areas,
        action: 'orgs.read',
        component: lazy(() => import('./pages/orgs/AreasPage.js')),
      },
      {
        path: '/orgs/import',
        label: zh.orgsWeb.menu.import,
        action: 'orgs.import',
        component: lazy(() => import('./pages/orgs/ImportPage.js')),
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
        label: zh.inspections.web.menu.plans,
        action: 'inspections.read',
        component: lazy(() => import('./pages/inspections/PlansPage.js')),
      },
      {
        path: '/inspections/my-unit',
        label: zh.inspections.web.menu.myUnit,
        action: 'inspections.studyPlan.submit',
        component: lazy(() => import('./pages/inspections/MyUnitPage.js')),
      },
      {
        path: '/inspections/mine',
        label: zh.inspections.web.menu.mine,
        action: 'inspections.record.write',
        component: lazy(() => import('./pages/inspections/MySessionsPage.js')),
      },
      {
        path: '/inspections/sessions',
        label: zh.inspections.web.menu.sessions,
        action: 'inspections.read',
        component: lazy(() => import('./pages/inspections/SessionsPage.js')),
      },
      {
        path: '/inspections/registers',
        label: zh.inspections.web.menu.registers,
        action: 'inspections.read',
        component: lazy(() => import('./pages/inspections/RegistersPage.js')),
      },
      {
        path: '/inspections/year-end',
        label: zh.inspections.web.menu.yearEnd,
        action: 'inspections.ranking.read',
        component: lazy(() => import('./pages/inspections/YearEndPage.js')),
      },
      {
        path: '/inspections/check-items',
        label: zh.inspections.web.menu.checkItems,
        action: 'inspections.plan.manage',
        component: lazy(() => import('./pages/inspections/CheckItemsPage.js')),
      },
      // pages: learning
      {
        path: '/learning/study-days',
        label: zh.learning.pages.studyDays,
        action: 'learning.read',
        component: lazy(() => import('./pages/learning/StudyDaysPage.js')),
      },
      {
        path: '/learning/activities',
        label: zh.learning.pages.activities,
        action: 'learning.read',
        component: lazy(() => import('./pages/learning/ActivitiesPage.js')),
      },
      {
        path: '/learning/materials',
        label: zh.learning.pages.materials,
        action: 'learning.read',
        component: lazy(() => import('./pages/learning/MaterialsPage.js')),
      },
      {
        path: '/learning/books',
        label: zh.learning.pages.books,
        action: 'learning.read',
        component: lazy(() => import('./pages/learning/BooksPage.js')),
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
        label: zh.documents.menu.mechanisms,
        action: 'mechanisms.read',
        component: lazy(() => import('./pages/excellence/MechanismsPage.js')),
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
        label: zh.workStyle.menu.problems,
        action: 'workStyle.read',
        component: lazy(() => import('./pages/work-style/ProblemsPage.js')),
      },
      {
        path: '/work-style/ledger',
        label: zh.workStyle.menu.ledger,
        action: 'workStyle.read',
        component: lazy(() => import('./pages/work-style/LedgerPage.js')),
      },
      {
        path: '/work-style/unannounced',
        label: zh.workStyle.menu.unannounced,
        action: 'workStyle.manage',
        component: lazy(() => import('./pages/work-style/UnannouncedPage.js')),
      },
      {
        path: '/work-style/visits',
        label: zh.workStyle.menu.visits,
        action: 'workStyle.manage',
        component: lazy(() => import('./pages/work-style/VisitsPage.js')),
      },
      {
        path: '/work-style/campaigns',
        label: zh.workStyle.menu.campaigns,
        action: 'workStyle.read',
        component: lazy(() => import('./pages/work-style/CampaignsPage.js')),
      },
      {
        path: '/work-style/commitments',
        label: zh.workStyle.menu.commitments,
        action: 'workStyle.read',
        component: lazy(() => import('./pages/work-style/CommitmentsPage.js')),
      },
      {
        path: '/work-style/stats',
        label: zh.workStyle.menu.stats,
        action: 'workStyle.read',
        component: lazy(() => import('./pages/work-style/StatsPage.js')),
      },
      {
        path: '/work-style/categories',
        label: zh.workStyle.menu.categories,
        action: 'workStyle.manage',
        component: lazy(() => import('./pages/work-style/CategoriesPage.js')),
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
        component: lazy(() => import('./pages/assessments/SchemesPage.js')),
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
        label: zh.publications.pages.briefings,
        action: 'publications.read',
        component: lazy(() => import('./pages/publicity/BriefingsPage.js')),
      },
      {
        path: '/publicity/news',
        label: zh.publications.pages.news,
        action: 'publications.read',
        component: lazy(() => import('./pages/publicity/NewsPage.js')),
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
        label: zh.reports.menu.dashboard,
        action: 'reports.read',
        component: lazy(() => import('./pages/statistics/DashboardPage.js')),
      },
      {
        path: '/statistics/summaries',
        label: zh.reports.menu.summaries,
        action: 'reports.summary',
        component: lazy(() => import('./pages/statistics/SummariesPage.js')),
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
        label: zh.users.page.accounts,
        action: 'users.manage',
        component: lazy(() => import('./pages/system/AccountsPage.js')),
      },
      {
        path: '/system/roles',
        label: zh.users.page.roles,
        action: 'users.roles',
        component: lazy(() => import('./pages/system/RolesPage.js')),
      },
      {
        path: '/system/security',
        label: zh.users.page.security,
        action: 'security.settings',
        component: lazy(() => import('./pages/system/SecurityPage.js')),
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
        component: lazy(() => import('./pages/audit/AuditLogPage.js')),
      },
    ],
  },
];
