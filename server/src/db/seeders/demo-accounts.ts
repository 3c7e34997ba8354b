import { Role } from '../../modules/account/role.js';

/** The demo password of every demo account (printed in the README; demo data is refused in production). */
export const DEMO_PASSWORD = 'Laomo@2026';

/** One account per role; `organization` names an organization of the demo tree. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; phone: string | null; role: Role; organization: string | null }[] = [
  { username: 'admin', displayName: '系统管理员', phone: null, role: Role.ADMIN, organization: '北京市总工会' },
  { username: 'city', displayName: '市总评选办 王静', phone: null, role: Role.CITY_STAFF, organization: '北京市总工会' },
  { username: 'chaoyang', displayName: '朝阳区总工会 李强', phone: null, role: Role.DISTRICT_STAFF, organization: '朝阳区总工会' },
  { username: 'haidian', displayName: '海淀区总工会 赵敏', phone: null, role: Role.DISTRICT_STAFF, organization: '海淀区总工会' },
  { username: 'unit', displayName: '燕京精密工会 陈芳', phone: null, role: Role.UNIT_STAFF, organization: '北京燕京精密机械有限公司工会' },
  { username: 'handler', displayName: '权益保障部 刘洋', phone: null, role: Role.HANDLER, organization: '市总工会权益保障部' },
  { username: 'employee', displayName: '职工 周晓东', phone: '13800000001', role: Role.EMPLOYEE, organization: '北京燕京精密机械有限公司工会' },
  { username: 'modelworker', displayName: '劳模 张建国', phone: '13800000002', role: Role.MODEL_WORKER, organization: '北京燕京精密机械有限公司工会' },
  { username: 'public', displayName: '市民 孙丽', phone: '13800000003', role: Role.PUBLIC, organization: null },
];

/**
 * The union staff of the other demo units, each the proposer of its unit's demo files: a file is
 * opened by its own unit, so no demo account reads another unit's files (see CampaignSeeder).
 */
export const DEMO_UNIT_STAFF: typeof DEMO_ACCOUNTS = [
  { username: 'xinghe', displayName: '星河智造工会 吴娜', phone: null, role: Role.UNIT_STAFF, organization: '北京星河智造科技有限公司工会' },
  { username: 'huanwei', displayName: '朝阳环卫中心工会 郑刚', phone: null, role: Role.UNIT_STAFF, organization: '朝阳区环境卫生服务中心工会' },
  { username: 'renshe', displayName: '朝阳人社局工会 冯丽', phone: null, role: Role.UNIT_STAFF, organization: '朝阳区人力资源和社会保障局工会' },
  { username: 'xinpian', displayName: '中关村芯片工会 钱磊', phone: null, role: Role.UNIT_STAFF, organization: '北京中关村芯片设计有限公司工会' },
  { username: 'jingxi', displayName: '京西公交工会 韩梅', phone: null, role: Role.UNIT_STAFF, organization: '北京京西公交客运有限公司工会' },
];
