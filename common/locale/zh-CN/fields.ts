/**
 * Chinese labels of request fields, by field name. The server names the field in every 400
 * with these labels, and forms use the same ones, so the two never disagree.
 * A module keeps the labels of its own fields in its own locale file (`export const xxxFields`)
 * and merges them in common/locale/index.ts; where two modules use one field name, the label
 * must be generic enough for both.
 */
export const coreFields: Record<string, string> = {
  // platform
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  displayName: '姓名',
  roles: '角色',
  phone: '电话',
  page: '页码',
  pageSize: '每页条数',
  sort: '排序',
  order: '排序方向',
  q: '关键词',
  from: '开始日期',
  to: '结束日期',
  version: '版本号',
  id: '编号',
  file: '文件',
  // orgs
  name: '名称',
  shortName: '简称',
  code: '单位代码',
  category: '考核类别',
  areaId: '片区',
  unitId: '单位',
  parentId: '上级党组织',
  type: '类型',
  categoryCode: '类别代码',
  foundedOn: '成立日期',
  termStart: '届期开始',
  termEnd: '届期结束',
  secretary: '书记',
  contact: '联系人',
  memberCount: '党员人数',
  isWindow: '窗口单位',
  leaderUserId: '分管领导',
  liaisonDepartmentId: '联系部室',
  departmentId: '部室',
  termEndingWithinMonths: '届满提醒月数',
  // audit
  action: '操作',
  actorId: '操作人',
  objectType: '对象类型',
  result: '结果',
};
