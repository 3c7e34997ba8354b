import { registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } } });

/** Seed 003: how the union looks after each model worker. */
export enum ModelWorkerCategory {
  EXEMPLARY = 'EXEMPLARY',
  ASSISTANCE = 'ASSISTANCE',
  CARE = 'CARE',
}
registerEnumType(ModelWorkerCategory, {
  name: 'ModelWorkerCategory',
  valuesConfig: {
    EXEMPLARY: { description: '示范引领（在岗）' },
    ASSISTANCE: { description: '帮扶救助（年老、患病、困难）' },
    CARE: { description: '疏导关怀（退休、生活较好）' },
  },
});

export enum ModelWorkerStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  DECEASED = 'DECEASED',
}
registerEnumType(ModelWorkerStatus, { name: 'ModelWorkerStatus' });
