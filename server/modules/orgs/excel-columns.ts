/** The two sheets of the orgs workbook: one definition serves the template, the import and the export. */
export type ColumnKind = 'text' | 'int' | 'date' | 'yesno' | 'type';

export interface Column<K extends string = string> {
  key: K;
  /** The header as shown in the template, without the * of required columns. */
  header: string;
  /** Shown after the header in the template, e.g. the allowed values. */
  hint?: string;
  required?: boolean;
  kind: ColumnKind;
  width: number;
}

export const UNIT_COLUMNS = [
  { key: 'code', header: '单位代码', required: true, kind: 'text', width: 14 },
  { key: 'name', header: '单位名称', required: true, kind: 'text', width: 30 },
  { key: 'shortName', header: '简称', kind: 'text', width: 14 },
  { key: 'category', header: '考核类别', required: true, kind: 'text', width: 18 },
  { key: 'areaName', header: '所属片区', kind: 'text', width: 14 },
  { key: 'isWindow', header: '窗口单位', hint: '(是/否)', kind: 'yesno', width: 16 },
  { key: 'contact', header: '联系人', kind: 'text', width: 10 },
  { key: 'phone', header: '联系电话', kind: 'text', width: 16 },
  { key: 'sort', header: '排序', kind: 'int', width: 8 },
] as const satisfies readonly Column[];

export const PARTY_ORG_COLUMNS = [
  { key: 'unitCode', header: '单位代码', required: true, kind: 'text', width: 14 },
  { key: 'name', header: '党组织名称', required: true, kind: 'text', width: 30 },
  {
    key: 'type',
    header: '类型',
    hint: '(党组/机关党委/党总支/党支部)',
    required: true,
    kind: 'type',
    width: 16,
  },
  { key: 'parentName', header: '上级党组织名称', kind: 'text', width: 26 },
  { key: 'categoryCode', header: '类别代码', kind: 'text', width: 10 },
  { key: 'foundedOn', header: '成立日期', kind: 'date', width: 12 },
  { key: 'termStart', header: '届期开始', kind: 'date', width: 12 },
  { key: 'termEnd', header: '届期结束', kind: 'date', width: 12 },
  { key: 'secretary', header: '书记', kind: 'text', width: 10 },
  { key: 'contact', header: '联系人', kind: 'text', width: 10 },
  { key: 'phone', header: '联系电话', kind: 'text', width: 16 },
  { key: 'memberCount', header: '党员人数', kind: 'int', width: 10 },
] as const satisfies readonly Column[];

export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]['key'];
export type PartyOrgColumnKey = (typeof PARTY_ORG_COLUMNS)[number]['key'];

export function templateHeader(column: Column): string {
  return `${column.header}${column.required ? '*' : ''}${column.hint ?? ''}`;
}

/** "类型*(党组/…)" and "类型" both name the column 类型 (users may drop the hint or the star). */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(].*$/, '')
    .replace(/[*＊\s]/g, '')
    .trim();
}
