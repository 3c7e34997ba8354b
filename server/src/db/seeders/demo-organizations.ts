import { EmployerKind, OrganizationKind } from '../../modules/organization/organization.enums.js';

export const CITY = { name: '北京市总工会', shortName: '市总工会', contact: '市总工会评选办公室 010-6512 0000，北京市东城区台基厂大街 (示例)' };

export const DISTRICTS = [
  '东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区',
  '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区',
];

export const SYSTEM_UNIONS: { name: string; kind: OrganizationKind }[] = [
  { name: '北京市教育工会', kind: OrganizationKind.INDUSTRY_UNION },
  { name: '北京市建设工会', kind: OrganizationKind.INDUSTRY_UNION },
  { name: '北京市卫生健康工会', kind: OrganizationKind.INDUSTRY_UNION },
  { name: '北京市公安局工会', kind: OrganizationKind.BUREAU_UNION },
  { name: '北京市城市管理委员会工会', kind: OrganizationKind.BUREAU_UNION },
];

/** Grassroots units (fictional employers), keyed by the district or system union above them. */
export const UNITS: { parent: string; name: string; employerKind: EmployerKind }[] = [
  { parent: '朝阳区', name: '北京燕京精密机械有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '朝阳区', name: '北京星河智造科技有限公司工会', employerKind: EmployerKind.NON_PUBLIC_ENTERPRISE },
  { parent: '朝阳区', name: '朝阳区环境卫生服务中心工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
  { parent: '朝阳区', name: '朝阳区人力资源和社会保障局工会', employerKind: EmployerKind.GOVERNMENT_AGENCY },
  { parent: '海淀区', name: '北京中关村芯片设计有限公司工会', employerKind: EmployerKind.NON_PUBLIC_ENTERPRISE },
  { parent: '海淀区', name: '海淀区第一实验小学工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
  { parent: '海淀区', name: '北京京西公交客运有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '丰台区', name: '丰台区花乡草莓种植专业合作社工会', employerKind: EmployerKind.FARMERS_COOPERATIVE },
  { parent: '丰台区', name: '北京丰台轨道交通装备有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '通州区', name: '通州区城市副中心建设投资有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '通州区', name: '通州区社区养老服务协会工会', employerKind: EmployerKind.SOCIAL_ORGANIZATION },
  { parent: '昌平区', name: '昌平区兴寿镇果品专业合作社工会', employerKind: EmployerKind.FARMERS_COOPERATIVE },
  { parent: '昌平区', name: '北京未来科学城能源有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '大兴区', name: '北京大兴国际机场地勤服务有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '东城区', name: '东城区王府井商业管理有限公司工会', employerKind: EmployerKind.NON_PUBLIC_ENTERPRISE },
  { parent: '西城区', name: '西城区金融街社区卫生服务中心工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
  { parent: '北京市建设工会', name: '北京城建第九建设工程有限公司工会', employerKind: EmployerKind.ENTERPRISE },
  { parent: '北京市教育工会', name: '北京市第二十五中学工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
  { parent: '北京市卫生健康工会', name: '北京市急救中心工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
  { parent: '北京市城市管理委员会工会', name: '北京市城市照明管理中心工会', employerKind: EmployerKind.PUBLIC_INSTITUTION },
];

/** Departments that answer suggestions (建言献策承办部门). */
export const DEPARTMENTS = ['市总工会权益保障部', '市总工会经济技术部', '北京市人力资源和社会保障局（承办）'];
