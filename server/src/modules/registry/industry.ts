import { registerEnumType } from 'type-graphql';

/**
 * The industries (行业) model workers work in and their innovation studios serve: one list for both, so
 * the public can find a studio and a model worker by the same industry. Its GraphQL name is the one
 * the studio listing first published (`StudioIndustry`), kept so that clients need not change.
 */
export enum Industry {
  MANUFACTURING = 'MANUFACTURING',
  CONSTRUCTION = 'CONSTRUCTION',
  TRANSPORT = 'TRANSPORT',
  ENERGY = 'ENERGY',
  INFORMATION_TECHNOLOGY = 'INFORMATION_TECHNOLOGY',
  URBAN_SERVICES = 'URBAN_SERVICES',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  AGRICULTURE = 'AGRICULTURE',
  COMMERCE = 'COMMERCE',
}
registerEnumType(Industry, {
  name: 'StudioIndustry',
  valuesConfig: {
    MANUFACTURING: { description: '制造业' },
    CONSTRUCTION: { description: '建筑业' },
    TRANSPORT: { description: '交通运输' },
    ENERGY: { description: '能源' },
    INFORMATION_TECHNOLOGY: { description: '信息技术' },
    URBAN_SERVICES: { description: '城市运行与公共服务' },
    HEALTH: { description: '医疗卫生' },
    EDUCATION: { description: '教育' },
    AGRICULTURE: { description: '农业' },
    COMMERCE: { description: '商贸服务' },
  },
});
