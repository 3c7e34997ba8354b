import { addMessages } from '../../common/i18n/messages.js';

export const AttachmentError = {
  TooLarge: 'attachment/too_large',
  TypeNotAllowed: 'attachment/type_not_allowed',
  Missing: 'attachment/missing',
  NotYours: 'attachment/not_yours',
  AlreadyUsed: 'attachment/already_used',
  TooMany: 'attachment/too_many',
  UploadHeader: 'attachment/upload_header',
  DailyFiles: 'attachment/daily_files',
  DailyBytes: 'attachment/daily_bytes',
  TotalBytes: 'attachment/total_bytes',
} as const;

addMessages({
  'attachment/too_large': { 'zh-CN': '文件不能超过 {mb} MB（{bytes} 字节）', en: 'Files must be at most {mb} MB ({bytes} bytes)' },
  'attachment/daily_files': { 'zh-CN': '24 小时内最多上传 {max} 个文件，请明天再试', en: 'At most {max} files may be uploaded in 24 hours; please try again tomorrow' },
  'attachment/daily_bytes': { 'zh-CN': '24 小时内上传的文件合计不能超过 {mb} MB，请明天再试', en: 'At most {mb} MB may be uploaded in 24 hours; please try again tomorrow' },
  'attachment/total_bytes': { 'zh-CN': '您的文件合计已达 {mb} MB 上限', en: 'Your files have reached the limit of {mb} MB in all' },
  'attachment/type_not_allowed': { 'zh-CN': '只能上传 PDF、JPG、PNG、Word（docx）或 Excel（xlsx）文件', en: 'Only PDF, JPG, PNG, Word (docx) or Excel (xlsx) files may be uploaded' },
  'attachment/missing': { 'zh-CN': '未找到上传的文件，请重新上传', en: 'The uploaded file was not found; please upload it again' },
  'attachment/not_yours': { 'zh-CN': '只能使用自己上传的文件', en: 'You may only use files you uploaded' },
  'attachment/already_used': { 'zh-CN': '该文件已用于其他材料，请重新上传', en: 'This file is already attached elsewhere; please upload it again' },
  'attachment/too_many': { 'zh-CN': '附件最多 {max} 个', en: 'At most {max} attachments' },
  'attachment/upload_header': { 'zh-CN': '上传请求缺少必要的请求头', en: 'The upload request lacks the required header' },
});
