import { registerEnumType } from 'type-graphql';

/**
 * Who visits or is paired with a model worker (seed 003, 八分八有): 区领导, 区总工会领导, 区总工会职工,
 * 基层工会干部. Pairing takes one of them by the model worker's level (`CarePairingRule`); a visit
 * names who went, which is what the yearly coverage counts (`CareVisitQuota`).
 */
export enum CareVisitorKind {
  DISTRICT_LEADER = 'DISTRICT_LEADER',
  DISTRICT_UNION_LEADER = 'DISTRICT_UNION_LEADER',
  DISTRICT_UNION_STAFF = 'DISTRICT_UNION_STAFF',
  GRASSROOTS_CADRE = 'GRASSROOTS_CADRE',
}
registerEnumType(CareVisitorKind, {
  name: 'CareVisitorKind',
  valuesConfig: {
    DISTRICT_LEADER: { description: '区领导' },
    DISTRICT_UNION_LEADER: { description: '区总工会领导' },
    DISTRICT_UNION_STAFF: { description: '区总工会职工' },
    GRASSROOTS_CADRE: { description: '基层工会干部' },
  },
});

/** Why a visit was made (seed 003: the six festivals, birthdays, illness, the home visits of 随时有互访). */
export enum CareVisitReason {
  FESTIVAL = 'FESTIVAL',
  BIRTHDAY = 'BIRTHDAY',
  ILLNESS = 'ILLNESS',
  HOME_VISIT = 'HOME_VISIT',
}
registerEnumType(CareVisitReason, {
  name: 'CareVisitReason',
  valuesConfig: {
    FESTIVAL: { description: '节日慰问' }, BIRTHDAY: { description: '生日慰问' },
    ILLNESS: { description: '看望病患' }, HOME_VISIT: { description: '上门走访' },
  },
});
