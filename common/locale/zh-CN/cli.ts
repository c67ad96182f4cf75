/** Phrases of the command line (server/cli.ts) and of backup/restore (server/platform/backup). */
export const cli = {
  usage: [
    '用法：npm run cli -- <命令> [参数]',
    '',
    '  init-admin --tenant-name 名称 --city 城市   在空库上创建委员会与系统/安全/审计管理员（随机密码，仅显示一次）',
    '  demo                                        在空库上载入演示数据',
    '  import-orgs <文件.xlsx> [--tenant 编号] [--dry-run]   导入单位与党组织',
    '  backup <文件>                               备份整个数据库（gzip 压缩的 JSON 行）',
    '  restore <文件>                              恢复到空的、已迁移的数据库',
    '  summary --from 日期 --to 日期 [--tenant 编号] [--json] [--out 文件]   按记录起草工作总结（JSON 或 Word）',
    '  reset-admin-password <用户名>               重置系统/安全/审计管理员的密码（临时密码仅显示一次）',
    '',
    '数据库由环境变量 DATA_DIR / DATABASE_URL 指定，与服务端相同；每个命令先执行数据库迁移。',
  ].join('\n'),
  actorName: '命令行',
  unknownCommand: (c: string) => `未知命令：${c}`,
  missingArg: (name: string) => `缺少参数：${name}`,
  database: (where: string) => `数据库：${where}`,
  notEmpty: '数据库不是空的（已有委员会），拒绝执行。此命令只能在空库上使用。',
  adminCreated: (tenant: string) =>
    `已创建委员会「${tenant}」及三员账户。以下密码只显示这一次，请立即妥善保存并在首次登录后修改：`,
  demoLoaded: '演示数据已载入。',
  importSummary: (dry: boolean) => (dry ? '试导入结果（未写入任何数据）：' : '导入结果：'),
  importCounts: (what: string, c: number, u: number, n: number) =>
    `  ${what}：新增 ${c}，更新 ${u}，无变化 ${n}`,
  importUnits: '单位',
  importPartyOrgs: '党组织',
  importErrors: (n: number) => `发现 ${n} 处错误，未写入任何数据：`,
  importError: (sheet: string, row: number, column: string, message: string) =>
    `  「${sheet}」第 ${row} 行${column ? `「${column}」` : ''}：${message}`,
  fileMissing: (f: string) => `文件不存在：${f}`,
  notAdmin: (u: string) => `「${u}」不是系统、安全或审计管理员；业务账户请由系统管理员在“账户管理”中重置密码`,
  passwordReset: (u: string, p: string) =>
    `已重置「${u}」的密码，该账户的会话已全部结束。临时密码（只显示这一次，首次登录须修改）：${p}`,
  failed: (message: string) => `失败：${message}`,
  backup: {
    done: (file: string) => `备份完成：${file}`,
    restored: (file: string) => `恢复完成：${file}，各表行数与校验和均与备份一致：`,
    table: (name: string, rows: number, sha: string) =>
      `  ${name.padEnd(28)} ${String(rows).padStart(8)} 行  ${sha.slice(0, 16)}…`,
    notBackup: '文件不是落实系统的备份文件',
    badVersion: (v: unknown) => `不支持的备份格式版本：${v}`,
    migrationsDiffer: (backup: string, here: string) =>
      `备份的数据库版本（迁移至 ${backup}）与当前程序（迁移至 ${here}）不一致，请使用同一版本的程序恢复`,
    notEmpty: (tables: string) =>
      `目标数据库不是空的（${tables} 中已有数据），拒绝恢复。请使用一个新建的空数据库。`,
    tableMissing: (t: string) => `当前数据库中没有备份里的表 ${t}`,
    columnsDiffer: (t: string) => `表 ${t} 的列与备份不一致`,
    mismatch: (t: string) => `恢复后表 ${t} 的行数或校验和与备份不一致，已回滚`,
    truncated: '备份文件不完整或已损坏',
    fkCycle: (path: string) => `外键循环依赖，无法确定恢复顺序：${path}`,
    selfCycle: (table: string) => `表 ${table} 的自引用外键有循环，无法恢复`,
  },
} as const;
