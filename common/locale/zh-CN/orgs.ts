export const orgs = {
  partyOrgTypes: {
    party_group: '党组',
    org_committee: '机关党委',
    general_branch: '党总支',
    branch: '党支部',
  } as Record<string, string>,
  unitCodeTaken: '单位代码已存在',
  partyOrgNameTaken: '同一单位下已有同名党组织',
  parentMustBeSameUnit: '上级党组织必须属于同一单位',
  parentCycle: '上级党组织不能是自身或其下级',
  termOrder: '届期结束日期不能早于开始日期',
  hasChildren: '该党组织下还有下级组织，不能删除',
  unitHasOrgs: '该单位下还有党组织，不能删除',
  areaNotFound: '片区不存在',
  unitNotFound: '单位不存在',
} as const;
