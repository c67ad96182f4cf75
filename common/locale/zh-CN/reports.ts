import { menus } from './menus.js';
/** Phrases of statistics (统计分析) and the work summary (工作总结). */
export const reports = {
  menu: menus.reports,
  figureGroups: {
    inspections: '中心组学习巡听',
    learning: '学习与读书',
    publications: '宣传信息',
    workStyle: '机关作风建设',
    tasks: '文件与任务',
    mechanisms: '创先争优与“168”机制',
  } as Record<string, string>,
  notFoundFigure: '指标不存在',
  noFigures: '该期间没有可统计的记录',
  draftTitle: (tenant: string, from: string, to: string) => `${tenant}${periodName(from, to)}工作总结`,
  sources: '数据来源',
  recount: '重新统计',
  recountNone: '与起草时相比，数据没有变化',
  recountChanged: (n: number) => `有 ${n} 项数据与起草时不同`,
  exportWord: '导出 Word',
  newDraft: '起草工作总结',
  period: '统计期间',
  versions: '历史版本',
  cli: {
    badPeriod: '请用 --from YYYY-MM-DD --to YYYY-MM-DD 指定统计期间（开始不晚于结束）',
    written: (file: string) => `工作总结已写入：${file}`,
  },
  web: {
    year: '年度',
    halfLabel: '时段',
    half: { h1: '上半年', h2: '下半年', year: '全年', custom: '自定义' } as Record<string, string>,
    scope: '统计范围',
    allScope: '全部单位',
    area: '片区',
    unit: '单位',
    overview: '工作概况',
    clickForSources: '点击数字查看统计依据',
    sourcesTitle: (label: string, value: string) => `${label}：${value}（统计依据）`,
    sourceCount: (n: number) => `共 ${n} 条记录`,
    areaCompare: '片区对比',
    areaCompareFigure: '对比指标',
    noData: '所选期间没有记录',
    summaries: '工作总结',
    draft: '起草',
    draftHint: '系统将按所选期间统计各项工作数据，按工作总结的体例起草全文，每个数字都链接到统计依据。',
    editor: '编辑',
    preview: '预览',
    save: '保存',
    saved: (v: number) => `已保存为第 ${v} 版`,
    figuresPanel: '数据指标',
    insert: '插入',
    insertHint: '点击“插入”把指标放到光标处；正文中 {{…}} 为指标引用，导出和预览时显示统计数字。',
    recountApply: '采用最新数据',
    blockKinds: {
      h1: '一级标题（一、）',
      h2: '二级标题（（一））',
      h3: '三级标题（1.）',
      h4: '四级标题（（1））',
      p: '正文段落',
    } as Record<string, string>,
    addBlock: '添加段落',
    removeBlock: '删除',
    signature: '落款',
    periodCol: '统计期间',
    updated: '最后修改',
    version: '版本',
    open: '打开',
    titleCol: '标题',
    problemsOverview: '作风问题分布（点击柱条查看问题清单）',
    problemsByCategory: '按问题类别',
    problemsByStatus: '按整改状态',
    problemsByUnit: '按责任单位（前10）',
    heatmapLink: '各单位任务落实进度（热力图）',
    heatmap: '各单位工作落实热力图',
    heatmapHint:
      '按滞后指数排序（100 减去各项工作完成率的平均值，只计有应完成事项的格子）；颜色为完成率，灰色为该期间无应完成事项；点击格子查看统计依据。',
    heatColumns: {
      'inspections.groupsInspected': '巡听',
      'learning.studyDaySignIns': '学习日签到',
      'learning.readingUnits': '读书活动',
      'tasks.onTimeRate': '任务按时报送',
      'problems.rectificationRate': '问题整改',
      'mechanisms.adoptionRate': '机制落实',
    } as Record<string, string>,
    heatColumnsShort: {
      'inspections.groupsInspected': '巡听',
      'learning.studyDaySignIns': '签到',
      'learning.readingUnits': '读书',
      'tasks.onTimeRate': '任务',
      'problems.rectificationRate': '整改',
      'mechanisms.adoptionRate': '机制',
    } as Record<string, string>,
    heatTop: (n: number) => `滞后前 ${n} 个单位`,
    heatShow: '显示',
    heatUnits: (n: number) => `共 ${n} 个单位`,
    lag: '滞后指数',
    heatCellTip: (unit: string, column: string, text: string) => `${unit} · ${column}：${text}`,
    heatShare: (count: number, total: number) => `${count}/${total}`,
    heatNothingDue: '该期间无应完成事项',
    heatRange: ['滞后', '完成'] as [string, string],
    categories: '考评类别对比',
    categoriesScheme: '考评方案',
    categoriesNone: '所选期间没有考评：没有考评期间与所选期间重叠的考评方案',
    categoriesNoneUnit: '所选期间没有已公布结果的考评',
    categoriesManage: '前往考评管理',
    categoriesProvisional: '该考评尚在评分中，分数为暂定分（只计已评完的单位）',
    categoriesHint: '点击柱条查看该类别的排名结果',
    categoryCol: '类别',
    allCategories: '全部类别',
    unitsCol: '单位数',
    scoredCol: '已评完',
    averageCol: '平均分',
    highestCol: '最高分',
    lowestCol: '最低分',
    awardsCol: '获奖',
    awardsNone: '—',
    schemeStatus: { draft: '草稿', scoring: '评分中', published: '已公布' } as Record<string, string>,
    schemeOutsidePeriod: '该考评方案的考评期间与所选统计期间不重叠',
    figureChanged: '数据变化',
    before: '起草时',
    after: '现在',
    exportExcel: '导出 Excel',
  },
  /** The dashboard as a workbook (export job `reports.dashboard`). */
  dashboardExport: {
    file: (period: string) => `统计概览_${period}.xlsx`,
    figuresSheet: '数据指标',
    figuresColumns: ['工作类别', '指标', '数值', '计量单位', '来源记录数'],
    sourcesSheet: '来源记录',
    sourcesColumns: ['指标', '记录类型', '记录编号', '记录'],
    heatSheet: '单位工作落实热力图',
    heatLead: ['单位', '片区', '滞后指数'],
    nothingDue: '—',
    categoriesSheet: '考评类别对比',
    categoriesScheme: (name: string, status: string) => `考评方案：${name}（${status}）`,
    categoriesColumns: ['类别', '单位数', '已评完', '否决', '平均分', '最高分', '最低分', '获奖'],
  },
};

/** 2010-01-01..2010-06-30 → 2010年度上半年; a calendar year → 2010年度; else the dates. */
export function periodName(from: string, to: string): string {
  const y = from.slice(0, 4);
  if (to.slice(0, 4) === y) {
    if (from.endsWith('-01-01') && to.endsWith('-06-30')) return `${y}年度上半年`;
    if (from.endsWith('-07-01') && to.endsWith('-12-31')) return `${y}年度下半年`;
    if (from.endsWith('-01-01') && to.endsWith('-12-31')) return `${y}年度`;
  }
  return `${chineseDate(from)}至${chineseDate(to)}`;
}

/** 2010-06-30 → 2010年6月30日 (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const reportsFields: Record<string, string> = {
  blocks: '正文',
  title: '标题',
};
