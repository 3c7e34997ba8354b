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
