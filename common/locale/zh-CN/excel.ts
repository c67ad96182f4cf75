/** Phrases of the shared Excel helpers (server/platform/excel): upload checks every import uses. */
export const excel = {
  notXlsx: '文件不是有效的 Excel 工作簿（.xlsx），请使用下载的模板填写后上传',
  damaged: 'Excel 文件已损坏或格式不正确，无法读取',
  tooManyEntries: (n: number) => `Excel 文件内部条目过多（上限 ${n} 个），请检查文件`,
  tooLarge: 'Excel 文件解压后内容过大（上限 50 MB），请拆分后分批导入',
  zipBomb: 'Excel 文件压缩比异常，疑似恶意文件，已拒绝',
  fileTooLarge: (mb: number) => `文件超过 ${mb} MB，请拆分后分批导入`,
  noFile: '请选择要上传的 Excel 文件（表单字段 file）',
  yes: '是',
  no: '否',
  formulaCell: '不能包含公式，请将单元格改为直接填写的值',
} as const;
