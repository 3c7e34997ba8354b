import { registerEnumType } from 'type-graphql';

export enum NoticeStage {
  UNIT = 'UNIT',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
}
registerEnumType(NoticeStage, {
  name: 'NoticeStage',
  valuesConfig: { UNIT: { description: '单位公示' }, DISTRICT: { description: '区县（系统）公示' }, CITY: { description: '全市公示' } },
});

export enum NoticeEntryStatus {
  LISTED = 'LISTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NoticeEntryStatus, {
  name: 'NoticeEntryStatus',
  valuesConfig: { LISTED: { description: '公示中' }, WITHDRAWN: { description: '已撤销（异议属实）' } },
});
