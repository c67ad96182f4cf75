export const files = {
  missing: '请选择要上传的文件',
  empty: '文件内容为空',
  badType: (exts: string) => `文件类型不受支持或与扩展名不符，仅支持：${exts}`,
  tooLarge: (mb: number) => `文件超过大小限制（${mb}MB）`,
  imageTooLarge: (side: number, megapixels: number) =>
    `图片尺寸过大：每边不超过 ${side} 像素、总像素不超过 ${megapixels} 百万，请缩小后再上传`,
  notUsable: '附件无效或无权使用',
  upload: '上传附件',
  uploading: '上传中…',
  uploadFailed: '上传失败',
};

export const filesFields: Record<string, string> = {
  fileIds: '附件',
};
