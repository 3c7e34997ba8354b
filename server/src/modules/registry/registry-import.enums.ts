import { registerEnumType } from 'type-graphql';

export enum RegistryImportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(RegistryImportFormat, { name: 'RegistryImportFormat' });

/**
 * An import's way: the file is checked (CHECKING) and either found wanting (INVALID: every row's problems,
 * nothing written) or ready for the keeper to confirm (READY); confirmed it is written in one transaction
 * (IMPORTING), which ends DONE, or INVALID when the registry changed since the check, or FAILED (nothing
 * written; it may be confirmed again).
 */
export enum RegistryImportState {
  CHECKING = 'CHECKING',
  INVALID = 'INVALID',
  READY = 'READY',
  IMPORTING = 'IMPORTING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RegistryImportState, {
  name: 'RegistryImportState',
  valuesConfig: {
    CHECKING: { description: '检查中' }, INVALID: { description: '有错误，未导入' }, READY: { description: '待确认' },
    IMPORTING: { description: '导入中' }, DONE: { description: '已导入' }, FAILED: { description: '导入失败，未写入' },
  },
});
