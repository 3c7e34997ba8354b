import { registerEnumType } from 'type-graphql';

// The three notices of the selection are the campaign's (their periods are set on it), so their stage is defined there.
export { NoticeStage } from '../campaign/campaign.enums.js';

export enum NoticeEntryStatus {
  LISTED = 'LISTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NoticeEntryStatus, {
  name: 'NoticeEntryStatus',
  valuesConfig: { LISTED: { description: '公示中' }, WITHDRAWN: { description: '已撤销（异议属实）' } },
});
