import { registerEnumType } from 'type-graphql';

export enum HonorLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  DISTRICT = 'DISTRICT',
}

export enum RecipientKind {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  TEAM = 'TEAM',
}

registerEnumType(HonorLevel, {
  name: 'HonorLevel',
  valuesConfig: {
    NATIONAL: { description: '全国' },
    PROVINCIAL: { description: '省部级（直辖市为市级）' },
    DISTRICT: { description: '区县级' },
  },
});
registerEnumType(RecipientKind, {
  name: 'RecipientKind',
  valuesConfig: {
    INDIVIDUAL: { description: '个人' },
    COLLECTIVE: { description: '集体（单位）' },
    TEAM: { description: '班组、工段等团队' },
  },
});
