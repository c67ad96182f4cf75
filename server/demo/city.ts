/**
 * The fictional city of the demo: 云州市 and its municipal organs. Names are plausible, the city
 * is invented. Each unit: name, short name, assessment category, area index, window unit?, size.
 * size drives the party-organisation structure: L = 机关党委 with branches, M = 党总支, S = 党支部.
 */
export const CITY = {
  name: '云州市',
  committee: '中共云州市委市直机关工作委员会',
  shortName: '云州市直机关党工委',
};

export const DEPARTMENTS = ['办公室', '组织部', '宣传部', '纪工委', '群工部'];

export const AREAS = ['第一片区', '第二片区', '第三片区', '第四片区', '第五片区'];

type Size = 'L' | 'M' | 'S';
export interface DemoUnit {
  name: string;
  shortName: string;
  category: string;
  area: number;
  window: boolean;
  size: Size;
}

const C = {
  general: '综合管理部门',
  economy: '经济管理部门',
  social: '社会事业部门',
  law: '执法监督部门',
  service: '服务保障单位',
  mass: '群团组织',
};

const raw: [string, string, string, number, boolean, Size][] = [
  ['中共云州市委办公室', '市委办', C.general, 0, false, 'M'],
  ['云州市人民政府办公室', '市政府办', C.general, 0, false, 'M'],
  ['中共云州市委组织部', '市委组织部', C.general, 0, false, 'M'],
  ['中共云州市委宣传部', '市委宣传部', C.general, 0, false, 'S'],
  ['中共云州市委统战部', '市委统战部', C.general, 0, false, 'S'],
  ['中共云州市委政法委员会', '市委政法委', C.general, 0, false, 'S'],
  ['中共云州市委政策研究室', '市委政研室', C.general, 0, false, 'S'],
  ['中共云州市委党校', '市委党校', C.service, 0, false, 'M'],
  ['云州市人大常委会办公室', '市人大办', C.general, 0, false, 'M'],
  ['政协云州市委员会办公室', '市政协办', C.general, 0, false, 'M'],
  ['云州市机关事务管理局', '市机关事务局', C.service, 0, false, 'S'],
  ['云州市档案馆', '市档案馆', C.service, 0, false, 'S'],
  ['云州市地方志办公室', '市志办', C.service, 0, false, 'S'],
  ['云州市信访局', '市信访局', C.service, 0, true, 'S'],
  ['云州市发展和改革委员会', '市发改委', C.economy, 1, false, 'L'],
  ['云州市工业和信息化局', '市工信局', C.economy, 1, false, 'M'],
  ['云州市财政局', '市财政局', C.economy, 1, false, 'L'],
  ['云州市商务局', '市商务局', C.economy, 1, true, 'M'],
  ['云州市统计局', '市统计局', C.economy, 1, false, 'S'],
  ['云州市国有资产监督管理委员会', '市国资委', C.economy, 1, false, 'M'],
  ['云州市审计局', '市审计局', C.law, 1, false, 'M'],
  ['云州市自然资源和规划局', '市自然资源局', C.economy, 1, true, 'L'],
  ['云州市住房和城乡建设局', '市住建局', C.economy, 1, true, 'L'],
  ['云州市交通运输局', '市交通局', C.economy, 1, true, 'L'],
  ['云州市水利局', '市水利局', C.economy, 1, false, 'M'],
  ['云州市农业农村局', '市农业农村局', C.economy, 1, true, 'M'],
  ['云州市林业局', '市林业局', C.economy, 1, false, 'S'],
  ['云州市文化广电和旅游局', '市文广旅局', C.social, 2, true, 'M'],
  ['云州市教育局', '市教育局', C.social, 2, true, 'L'],
  ['云州市科学技术局', '市科技局', C.social, 2, true, 'S'],
  ['云州市民政局', '市民政局', C.social, 2, true, 'M'],
  ['云州市人力资源和社会保障局', '市人社局', C.social, 2, true, 'L'],
  ['云州市卫生健康委员会', '市卫健委', C.social, 2, true, 'L'],
  ['云州市退役军人事务局', '市退役军人局', C.social, 2, true, 'S'],
  ['云州市体育局', '市体育局', C.social, 2, false, 'S'],
  ['云州市医疗保障局', '市医保局', C.social, 2, true, 'M'],
  ['云州市生态环境局', '市生态环境局', C.law, 2, true, 'M'],
  ['云州市城市管理局', '市城管局', C.law, 2, true, 'L'],
  ['云州市应急管理局', '市应急局', C.law, 2, true, 'M'],
  ['云州市公安局', '市公安局', C.law, 3, true, 'L'],
  ['云州市司法局', '市司法局', C.law, 3, true, 'M'],
  ['云州市市场监督管理局', '市市场监管局', C.law, 3, true, 'L'],
  ['云州市行政审批服务局', '市审批局', C.law, 3, true, 'M'],
  ['云州市人民检察院', '市检察院', C.law, 3, true, 'L'],
  ['云州市中级人民法院', '市中院', C.law, 3, true, 'L'],
  ['云州市税务局', '市税务局', C.law, 3, true, 'L'],
  ['云州市政务服务中心', '市政务中心', C.service, 3, true, 'M'],
  ['云州市住房公积金管理中心', '市公积金中心', C.service, 3, true, 'M'],
  ['云州市不动产登记中心', '市不动产中心', C.service, 3, true, 'S'],
  ['云州市社会保险事业管理局', '市社保局', C.service, 3, true, 'M'],
  ['云州市就业服务中心', '市就业中心', C.service, 3, true, 'S'],
  ['云州市公安局交通警察支队车辆管理所', '市车管所', C.service, 3, true, 'S'],
  ['云州市公安局出入境管理支队', '市出入境支队', C.service, 3, true, 'S'],
  ['云州市公共资源交易中心', '市公共资源交易中心', C.service, 3, true, 'S'],
  ['云州市总工会', '市总工会', C.mass, 4, false, 'M'],
  ['共青团云州市委员会', '团市委', C.mass, 4, false, 'S'],
  ['云州市妇女联合会', '市妇联', C.mass, 4, false, 'S'],
  ['云州市科学技术协会', '市科协', C.mass, 4, false, 'S'],
  ['云州市文学艺术界联合会', '市文联', C.mass, 4, false, 'S'],
  ['云州市残疾人联合会', '市残联', C.mass, 4, true, 'S'],
  ['云州市红十字会', '市红十字会', C.mass, 4, false, 'S'],
  ['云州市工商业联合会', '市工商联', C.mass, 4, false, 'S'],
  ['云州市气象局', '市气象局', C.service, 4, false, 'S'],
  ['云州市地震局', '市地震局', C.service, 4, false, 'S'],
  ['云州市烟草专卖局', '市烟草局', C.law, 4, true, 'M'],
  ['云州市邮政管理局', '市邮政管理局', C.law, 4, true, 'S'],
  ['云州市广播电视台', '市广电台', C.service, 4, false, 'M'],
  ['云州日报社', '云州日报社', C.service, 4, false, 'M'],
  ['云州市图书馆', '市图书馆', C.service, 4, true, 'S'],
  ['云州市博物馆', '市博物馆', C.service, 4, true, 'S'],
  ['云州市疾病预防控制中心', '市疾控中心', C.social, 2, true, 'M'],
  ['云州市人民医院', '市人民医院', C.social, 2, true, 'L'],
  ['云州市中医院', '市中医院', C.social, 2, true, 'M'],
  ['云州市第一中学', '市一中', C.social, 2, false, 'M'],
  ['云州市价格认证中心', '市价格认证中心', C.economy, 1, false, 'S'],
  ['云州市粮食和物资储备局', '市粮储局', C.economy, 1, false, 'S'],
  ['云州市金融工作办公室', '市金融办', C.economy, 1, false, 'S'],
  ['云州市投资促进局', '市投促局', C.economy, 1, true, 'S'],
];

export const UNITS: DemoUnit[] = raw.map(([name, shortName, category, area, window, size]) => ({
  name,
  shortName,
  category,
  area,
  window,
  size,
}));

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
export const GIVEN = [
  '建国',
  '海燕',
  '志强',
  '丽华',
  '文军',
  '晓明',
  '红梅',
  '国庆',
  '振华',
  '秀英',
  '伟',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
];
