/**
 * Menu and page titles of every module, kept apart from the modules' other phrases so that the web
 * shell (menu, first screen) loads only these; each module's phrases refer to its entry here.
 */
export const menus = {
  documents: {
    module: '文件任务',
    documents: '文件',
    tasks: '任务报送',
    progress: '落实进度',
    excellence: '创先争优',
    mechanisms: '“168”机制推进',
  },
  inspections: {
    plans: '巡听计划',
    sessions: '巡听安排与记录',
    mine: '我的巡听',
    myUnit: '我单位巡听',
    registers: '好的做法与不足登记',
    yearEnd: '年终评选',
    checkItems: '检查项目设置',
  },
  learning: {
    studyDays: '党务干部学习日',
    books: '书目与荐读',
    activities: '读书活动',
    coverage: '读书活动覆盖',
    materials: '学习辅导材料',
  },
  publications: {
    briefings: '简报',
    series: '简报系列',
    news: '新闻',
    publicSite: '机关党建网站',
  },
  users: {
    accounts: '账户管理',
    roles: '角色授权',
    security: '安全设置',
    audit: '审计日志',
  },
  orgs: {
    units: '单位',
    partyOrgs: '党组织',
    areas: '片区',
    import: '导入',
  },
  workStyle: {
    campaigns: '活动部署',
    visits: '调研走访',
    unannounced: '暗访',
    problems: '问题清单',
    ledger: '整改台账',
    commitments: '公开承诺',
    stats: '统计',
    categories: '问题类别',
  },
  reports: { dashboard: '统计概览', summaries: '工作总结', figures: '数据指标' },
};
