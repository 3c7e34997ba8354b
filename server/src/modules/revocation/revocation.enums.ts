import { registerEnumType } from 'type-graphql';

/** Where a revocation report stands (退出机制): reported and passed up, then decided by the conferring body. */
export enum RevocationState {
  REPORTED = 'REPORTED',
  REVOKED = 'REVOKED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(RevocationState, {
  name: 'RevocationState',
  valuesConfig: { REPORTED: { description: '已报告，待授予机关决定' }, REVOKED: { description: '已撤销荣誉' }, DISMISSED: { description: '不予撤销' } },
});

export enum RevocationAction {
  FORWARD = 'FORWARD',
  REVOKE = 'REVOKE',
  DISMISS = 'DISMISS',
}
registerEnumType(RevocationAction, {
  name: 'RevocationAction',
  valuesConfig: { FORWARD: { description: '报上级工会' }, REVOKE: { description: '撤销荣誉称号' }, DISMISS: { description: '不予撤销' } },
});
