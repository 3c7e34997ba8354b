import { registerEnumType } from 'type-graphql';

export enum AccountKind {
  PUBLIC = 'PUBLIC',
  STAFF = 'STAFF',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: '公众自助注册 / 工作人员（由管理员创建）' });
