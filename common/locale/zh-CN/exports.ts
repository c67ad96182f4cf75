/** Phrases of export jobs (large Excel exports run in the background with a progress bar). */
export const exportJobs = {
  /** Titles of the request fields (given to the schemas with .meta, not to the shared label table). */
  fields: {
    kind: '导出类型',
    params: '导出条件',
  },
  kinds: {
    'problems.ledger': '问题台账',
    'orgs.units': '单位与党组织',
    'inspections.registers': '巡听登记簿',
    'reports.dashboard': '统计概览',
  },
  statuses: {
    queued: '排队中',
    running: '导出中',
    done: '已完成',
    failed: '失败',
  },
  errors: {
    interrupted: '导出因服务重启中断，请重新导出',
    failed: '导出失败，请稍后重新导出',
    notReady: '导出尚未完成，请稍后再下载',
    notDownloadable: '导出未成功，没有可下载的文件',
    tooMany: (n: number) => `您已有 ${n} 个导出正在进行，请等待完成后再导出`,
  },
  /** The actor name of audit rows written by the server itself (interrupted jobs, expired files). */
  systemActor: '系统',
  web: {
    title: (kind: string) => `导出${kind}`,
    queued: '排队等待中…',
    preparing: '正在读取数据…',
    rows: (done: number, total: number) => `已导出 ${done} / ${total} 行`,
    writing: '正在生成文件…',
    done: (rows: number) => `导出完成，共 ${rows} 行，文件已开始下载`,
    downloadAgain: '重新下载',
    failed: '导出失败',
    close: '关闭',
    closeHint: '关闭窗口后导出仍会在服务器上完成，但需重新导出才能下载。',
  },
};
