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

/** 工作简历: whether the person is still at work. */
export enum EmploymentStatus {
  IN_POST = 'IN_POST',
  RETIRED = 'RETIRED',
  EMPLOYMENT_ENDED = 'EMPLOYMENT_ENDED',
}
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  valuesConfig: { IN_POST: { description: '在岗' }, RETIRED: { description: '退休' }, EMPLOYMENT_ENDED: { description: '已与用人单位终止劳动关系' } },
});

/**
 * 分级管理 (seed 002): who keeps the record day to day. The employer's grassroots union, or — for those
 * whose employment ended, farmers and those without a managing unit — the district where they live
 * (属地) or the union of their system (归口).
 */
export enum Keeping {
  EMPLOYER = 'EMPLOYER',
  LOCALITY = 'LOCALITY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(Keeping, {
  name: 'Keeping',
  valuesConfig: { EMPLOYER: { description: '单位管理（基层工会）' }, LOCALITY: { description: '属地管理（区县总工会）' }, SYSTEM: { description: '归口管理（产业、局工会）' } },
});

/** 个人情况: highest education, as the information form asks it. */
export enum Education {
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}
registerEnumType(Education, {
  name: 'Education',
  valuesConfig: {
    PRIMARY: { description: '小学' }, JUNIOR_HIGH: { description: '初中' }, SENIOR_HIGH: { description: '高中' }, VOCATIONAL: { description: '中专、技校' },
    JUNIOR_COLLEGE: { description: '大专' }, BACHELOR: { description: '本科' }, MASTER: { description: '硕士研究生' }, DOCTOR: { description: '博士研究生' },
  },
});

/** What is reported at once rather than at the yearly update (seed 002). */
export enum RegistryReportKind {
  DEATH = 'DEATH',
  SERIOUS_VIOLATION = 'SERIOUS_VIOLATION',
}
registerEnumType(RegistryReportKind, {
  name: 'RegistryReportKind',
  valuesConfig: { DEATH: { description: '去世' }, SERIOUS_VIOLATION: { description: '违法违纪情节严重' } },
});

export enum TransferState {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(TransferState, { name: 'TransferState', valuesConfig: { REQUESTED: { description: '待接收' }, ACCEPTED: { description: '已接收' }, DECLINED: { description: '已退回' } } });
