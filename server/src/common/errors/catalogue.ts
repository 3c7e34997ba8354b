/**
 * Every error code laomo returns, with its words in both languages, in one place. A code is
 * `feature/what` (stable: clients match on it); its identifier is `<Feature>Error.<What>` in PascalCase,
 * e.g. `VoteError.LimitReached` for `vote/limit_reached`. Messages may hold `{name}` placeholders,
 * filled from the error's params (see `common/i18n/messages.ts`). catalogue.test.ts checks that each
 * code has both texts, is unique, is named by that rule and is used somewhere in the server.
 */
export interface Text {
  'zh-CN': string;
  en: string;
}

type Entry = readonly [code: string, zhCN: string, en: string];

const texts = new Map<string, Text>();

/** A feature's codes, identifier → code; their texts go into this file's table (every section is below). */
function section<const S extends Record<string, Entry>>(entries: S): { readonly [K in keyof S]: S[K][0] } {
  const codes: Record<string, string> = {};
  for (const [name, [code, zhCN, en]] of Object.entries(entries)) {
    if (texts.has(code)) throw new Error(`error code ${code} is in the catalogue twice`);
    texts.set(code, { 'zh-CN': zhCN, en });
    codes[name] = code;
  }
  return codes as { readonly [K in keyof S]: S[K][0] };
}

export const CommonError = section({
  Invalid: ['common/invalid', '输入有误', 'The input is not valid'],
  NotFound: ['common/not_found', '未找到该记录或无权查看', 'Not found, or you may not see it'],
  RateLimited: ['common/rate_limited', '操作过于频繁，请 {seconds} 秒后再试', 'Too many requests; try again in {seconds} s'],
  PageSize: ['common/page_size', '每页数量须在 1 到 {max} 之间', 'Page size must be between 1 and {max}'],
  BadCursor: ['common/bad_cursor', '分页游标无效', 'The page cursor is not valid'],
  Internal: ['common/internal', '服务器内部错误，请稍后再试', 'Internal server error; please try again later'],
  IdempotencyConflict: ['common/idempotency_conflict', '该幂等键已用于另一项请求，新的请求请使用新的键', 'This idempotency key was already used for a different request; use a new key for a new request'],
  IdempotencyInProgress: ['common/idempotency_in_progress', '该请求正在处理中，请稍后再试', 'This request is still being processed; try again shortly'],
  QueryTooCostly: ['common/query_too_costly', '查询开销过大（{cost}，上限 {max}），请减少每页数量或嵌套层次', 'The query is too costly ({cost}, at most {max}); ask for fewer items per page or fewer nested lists'],
  QueryTooLarge: ['common/query_too_large', '查询过长（超过 {max} 个词法单元）', 'The query is too long (more than {max} tokens)'],
  QueryTooDeep: ['common/query_too_deep', '查询嵌套过深（{found} 层，上限 {max} 层）', 'The query is nested too deeply ({found} levels, at most {max})'],
  TooManyAliases: ['common/too_many_aliases', '查询中的别名过多（{found} 个，上限 {max} 个）', 'The query has too many aliases ({found}, at most {max})'],
  TooManyDirectives: ['common/too_many_directives', '查询中的指令过多（{found} 个，上限 {max} 个）', 'The query has too many directives ({found}, at most {max})'],
  NulCharacter: ['common/nul_character', '不能包含空字符（NUL）', 'must not contain the NUL character'],
  DatabaseUnavailable: ['common/database_unavailable', '服务暂时不可用，请稍后再试', 'The service is briefly unavailable; please try again shortly'],
});

export const AuthError = section({
  Required: ['auth/required', '请先登录', 'Please sign in first'],
  Forbidden: ['auth/forbidden', '您无权进行此操作', 'You are not allowed to do this'],
  BadCredentials: ['auth/bad_credentials', '账号或密码错误', 'Wrong account or password'],
  LoginThrottled: ['auth/login_throttled', '登录失败次数过多，请 {minutes} 分钟后再试', 'Too many failed sign-ins; try again in {minutes} min'],
  AccountDisabled: ['auth/account_disabled', '该账号已停用', 'This account is disabled'],
  PasswordChangeRequired: ['auth/password_change_required', '请先设置您自己的密码', 'Please set your own password first'],
});

export const AccountError = section({
  PhoneTaken: ['account/phone_taken', '该手机号已注册', 'This phone number is already registered'],
  UsernameTaken: ['account/username_taken', '该用户名已被使用', 'This username is taken'],
  CodeInvalid: ['account/code_invalid', '验证码错误或已过期', 'The verification code is wrong or has expired'],
  CodeTooSoon: ['account/code_too_soon', '验证码已发送，请 {seconds} 秒后再试', 'A code was just sent; try again in {seconds} s'],
  TermsRequired: ['account/terms_required', '请阅读并同意用户协议与个人信息保护政策', 'Please accept the terms and the privacy policy'],
  RoleOutOfScope: ['account/role_out_of_scope', '只能在本单位及下级组织内授予角色', 'Roles may only be granted within your organization and those below it'],
  RoleNeedsOrganization: ['account/role_needs_organization', '该角色必须指定所属组织', 'This role needs an organization'],
  CodeDailyLimit: ['account/code_daily_limit', '该手机号今天获取验证码的次数已达上限，请明天再试', 'This phone has had as many codes as allowed today; try again tomorrow'],
  PasswordWeak: ['account/password_weak', '密码太容易被猜到，请换一个更长、更少见的密码（可以用几个词组合）', 'This password is too easy to guess; choose a longer, less common one (a few words together work well)'],
  PasswordWrong: ['account/password_wrong', '当前密码不正确', 'The current password is wrong'],
});

export const OrganizationError = section({
  ParentRequired: ['organization/parent_required', '请选择上级组织', 'Choose a parent organization'],
  ParentKind: ['organization/parent_kind', '上级组织类型不符', 'The parent organization is of the wrong kind'],
  EmployerKindRequired: ['organization/employer_kind_required', '基层工会须注明单位性质', 'A grassroots union needs an employer kind'],
});

export const HonorError = section({
  CodeTaken: ['honor/code_taken', '荣誉代码已存在', 'This honor code already exists'],
  PrerequisiteCycle: ['honor/prerequisite_cycle', '前置荣誉不能形成循环', 'Prerequisite honors cannot form a cycle'],
});

export const CalendarError = section({
  DateInvalid: ['calendar/date_invalid', '日期格式应为 YYYY-MM-DD', 'Dates must be YYYY-MM-DD'],
});

export const CampaignError = section({
  WindowOrder: ['campaign/window_order', '截止日期不能早于开始日期', 'The closing day cannot be before the opening day'],
  QuotaOrganization: ['campaign/quota_organization', '名额只能分配给本组织下的区县、产业、系统工会或基层工会', 'Quotas go to unions below the organizer'],
  DuplicateQuota: ['campaign/duplicate_quota', '同一工会只能分配一项名额', 'Give each union one quota only'],
  DuplicateRule: ['campaign/duplicate_rule', '同一指标的同类结构要求只能设置一条', 'Only one rule per dimension and bound'],
  VotingWindow: ['campaign/voting_window', '开启投票须设置投票起止时间，且结束晚于开始', 'Voting needs an opening and a later closing time'],
});

export const NominationError = section({
  ActionNotAvailable: ['nomination/action_not_available', '当前环节不能进行此操作', 'This action is not available at the current step'],
  ReasonRequired: ['nomination/reason_required', '请填写理由', 'Please give a reason'],
  CampaignClosed: ['nomination/campaign_closed', '该评选不在推荐期内', 'This campaign is not accepting nominations'],
  HonorNotInCampaign: ['nomination/honor_not_in_campaign', '该荣誉不在本次评选范围内', 'This honor is not part of the campaign'],
  RecipientKind: ['nomination/recipient_kind', '{honor}只授予{expected}', '{honor} goes to recipients of kind {expected} only'],
  TitleForEmployer: ['nomination/title_for_employer', '{employerKind}人员不能申报{honor}，应申报{suggested}', 'Staff of this employer kind ({employerKind}) cannot receive {honor}; nominate for {suggested}'],
  PrerequisiteMissing: ['nomination/prerequisite_missing', '申报{honor}须已获得以下荣誉之一：{required}', '{honor} requires one of these honors already held: {required}'],
  QuotaExhausted: ['nomination/quota_exhausted', '{organization}的名额（{seats} 名）已用完', 'The quota of {organization} ({seats}) is used up'],
  NoQuota: ['nomination/no_quota', '本单位所在区县（系统）在本次评选中没有名额', 'No quota covers this unit in this campaign'],
  UnitRequired: ['nomination/unit_required', '请选择候选人所在基层工会', "Choose the candidate's grassroots union"],
  AttendanceTooLow: ['nomination/attendance_too_low', '到会人数须达到应到人数的三分之二（至少 {min} 人），推荐无效', 'At least two thirds of the delegates ({min}) must attend; the vote is not valid'],
  MajorityNotReached: ['nomination/majority_not_reached', '赞成票须超过全体应到人数的半数（至少 {min} 票）', 'More than half of all delegates ({min}) must vote for'],
  VotesExceedPresent: ['nomination/votes_exceed_present', '票数之和不能超过到会人数，到会人数不能超过应到人数', 'Votes cannot exceed those present, nor those present the delegates'],
  EvidenceMissing: ['nomination/evidence_missing', '请先记录{step}', 'Record the {step} first'],
  ConsentMissing: ['nomination/consent_missing', '候选人尚未同意公开其信息，不能公示', 'The candidate has not consented to publication'],
  NoticeNotEnded: ['nomination/notice_not_ended', '公示期至 {endsOn} 结束，期满后方可进入下一环节', 'The notice runs until {endsOn}; the next step opens after it ends'],
  ObjectionOpen: ['nomination/objection_open', '尚有 {count} 件异议未办结', '{count} objection(s) are still open'],
  SignOffsMissing: ['nomination/sign_offs_missing', '企业负责人或处级以上干部须先取得以下部门意见：{departments}', 'Sign-offs still missing: {departments}'],
  StructureRule: ['nomination/structure_rule', '本批次{dimension}占比 {share}%，不符合{bound} {percent}% 的要求', 'The batch has {share}% {dimension}, against a {bound} of {percent}%'],
  ReviewerRecused: ['nomination/reviewer_recused', '您与该候选人存在利益关系（{reason}），已回避，不能作出决定', 'You are recused from this file ({reason}) and cannot decide it'],
  NotEditable: ['nomination/not_editable', '当前环节不能修改材料', 'The file cannot be edited at this step'],
  ConsentWithdrawnByEdit: ['nomination/consent_withdrawn_by_edit', '保存材料不能撤回公示同意，请使用“撤回公示同意”', 'Saving the file cannot withdraw the consent to publication; use “Withdraw consent to publication”'],
  ConsentNotWithdrawable: ['nomination/consent_not_withdrawable', '当前没有可撤回的公示同意，或您无权撤回', 'There is no consent to publication you may withdraw now'],
});

export const NoticeError = section({
  OrganizationStage: ['notice/organization_stage', '该组织不能发布此级别的公示', 'This organization cannot publish a notice of this stage'],
  OutsideOrganization: ['notice/outside_organization', '该候选人不属于本次评选或本组织', 'This candidate is not in this campaign or organization'],
  ContactRequired: ['notice/contact_required', '请填写受理异议的联系方式', 'Give a contact for objections'],
});

export const ParticipationError = section({
  PhoneRequired: ['participation/phone_required', '请使用已验证手机号的公众账号参与', 'Please take part with an account that has a verified phone number'],
  NoticeNotOpen: ['participation/notice_not_open', '该公示不在公示期内', 'This notice is not within its period'],
  EntryWithdrawn: ['participation/entry_withdrawn', '该候选人已撤销', 'This candidate has been withdrawn'],
});

export const CommentError = section({
  Empty: ['comment/empty', '评论内容不能为空', 'The comment is empty'],
  ReplyDepth: ['comment/reply_depth', '只能回复评论，不能回复回复', 'You can reply to a comment, not to a reply'],
  ParentElsewhere: ['comment/parent_elsewhere', '回复的评论不属于该候选人', 'That comment is about another candidate'],
  ReasonRequired: ['comment/reason_required', '请填写屏蔽理由', 'Give a reason for hiding the comment'],
  ReportReasonRequired: ['comment/report_reason_required', '请写明举报理由', 'Say why you report this comment'],
  NotHidden: ['comment/not_hidden', '该评论未被屏蔽', 'This comment is not hidden'],
  AlreadyHidden: ['comment/already_hidden', '该评论已被屏蔽', 'This comment is already hidden'],
});

export const ObjectionError = section({
  IdentityRequired: ['objection/identity_required', '本次评选要求实名反映异议，请填写姓名和联系方式', 'This campaign requires objections under your real name with a contact'],
  NameRequired: ['objection/name_required', '实名反映请填写姓名', 'Give your name to object under your real name'],
  ContactRequired: ['objection/contact_required', '实名反映请填写联系方式，以便答复', 'Give a contact so that the office can reply'],
  PostmarkRequired: ['objection/postmark_required', '来信请填写邮戳日期', 'Give the postmark date of the letter'],
  OutsidePeriod: ['objection/outside_period', '日期须在公示期 {startsOn} 至 {endsOn} 之内', 'The date must be within the notice period {startsOn} to {endsOn}'],
  OnlineChannel: ['objection/online_channel', '工作人员只登记来电、来信、来访的异议', 'Staff enter objections received by phone, letter or visit'],
  AlreadyDecided: ['objection/already_decided', '该异议已办结', 'This objection has already been decided'],
  NotReceived: ['objection/not_received', '只有新受理的异议可以开始调查', 'Only a newly received objection can go into investigation'],
  ReplyRequired: ['objection/reply_required', '请填写书面答复', 'Write the reply'],
});

export const VoteError = section({
  NotOpen: ['vote/not_open', '当前不在投票时间内', 'Voting is not open now'],
  AlreadyVoted: ['vote/already_voted', '您已为该候选人投过票', 'You have already voted for this candidate'],
  LimitReached: ['vote/limit_reached', '本次评选每人最多投 {max} 票，您的票已用完', 'You have used all {max} votes of this campaign'],
});

export const AttachmentError = section({
  TooLarge: ['attachment/too_large', '文件不能超过 {mb} MB（{bytes} 字节）', 'Files must be at most {mb} MB ({bytes} bytes)'],
  TypeNotAllowed: ['attachment/type_not_allowed', '只能上传 PDF、JPG、PNG、Word（docx）或 Excel（xlsx）文件', 'Only PDF, JPG, PNG, Word (docx) or Excel (xlsx) files may be uploaded'],
  Missing: ['attachment/missing', '未找到上传的文件，请重新上传', 'The uploaded file was not found; please upload it again'],
  NotYours: ['attachment/not_yours', '只能使用自己上传的文件', 'You may only use files you uploaded'],
  AlreadyUsed: ['attachment/already_used', '该文件已用于其他材料，请重新上传', 'This file is already attached elsewhere; please upload it again'],
  TooMany: ['attachment/too_many', '附件最多 {max} 个', 'At most {max} attachments'],
  UploadHeader: ['attachment/upload_header', '上传请求缺少必要的请求头', 'The upload request lacks the required header'],
  DailyFiles: ['attachment/daily_files', '24 小时内最多上传 {max} 个文件，请明天再试', 'At most {max} files may be uploaded in 24 hours; please try again tomorrow'],
  DailyBytes: ['attachment/daily_bytes', '24 小时内上传的文件合计不能超过 {mb} MB，请明天再试', 'At most {mb} MB may be uploaded in 24 hours; please try again tomorrow'],
  TotalBytes: ['attachment/total_bytes', '您的文件合计已达 {mb} MB 上限', 'Your files have reached the limit of {mb} MB in all'],
});

export const StudioError = section({
  LeaderHonor: ['studio/leader_honor', '领衔人须获得{level}及以上荣誉称号', 'The leader must hold an honor of level {level} or higher'],
  LeaderTreatment: ['studio/leader_treatment', '领衔人须为享受{level}及以上劳模待遇的劳动模范（含全国五一劳动奖章获得者）', 'The leader must be a model worker with treatment at level {level} or higher (national May-1st medal holders included)'],
  TooYoung: ['studio/too_young', '工作室须已运行满 {min} 年（现为 {actual} 年）', 'The studio must have run for at least {min} years (now {actual})'],
  TeamTooSmall: ['studio/team_too_small', '创新团队至少 {min} 名成员（现有 {actual} 名）', 'The team needs at least {min} members (has {actual})'],
  TooFewProjects: ['studio/too_few_projects', '至少须有 {min} 个攻关项目（现有 {actual} 个）', 'At least {min} research projects are needed (has {actual})'],
  TooFewResults: ['studio/too_few_results', '至少须有 {min} 项创新成果（现有 {actual} 项）', 'At least {min} results are needed (has {actual})'],
  VenueTooSmall: ['studio/venue_too_small', '活动场所面积至少 {min} 平方米（现为 {actual}）', 'The venue must be at least {min} m² (is {actual})'],
  FundingTooLow: ['studio/funding_too_low', '年度经费至少 {min} 元（现为 {actual} 元）', 'Annual funding must be at least {min} yuan (is {actual})'],
  NotALeader: ['studio/not_a_leader', '只有登记在册的劳模才能申报创新工作室', 'Only a model worker in the registry may apply for a studio'],
  AlreadyLeads: ['studio/already_leads', '该劳模已领衔一个创新工作室', 'This model worker already leads a studio'],
  TransitionNotAllowed: ['studio/transition_not_allowed', '工作室当前状态下不能进行此操作', 'This cannot be done in the studio’s current state'],
  EvidenceMissing: ['studio/evidence_missing', '请先填写“六有”各项的佐证材料', 'Give the evidence for each of the six haves first'],
  NotAssessed: ['studio/not_assessed', '“六有”各项尚未全部评定', 'Not every one of the six haves has been assessed'],
  HaveNotMet: ['studio/have_not_met', '该项被评定为不符合', 'This one was judged not met'],
  ReasonRequired: ['studio/reason_required', '请填写理由', 'Give a reason'],
  ReviewYearTaken: ['studio/review_year_taken', '该年度已完成复核', 'This year has already been reviewed'],
  ReviewYearInvalid: ['studio/review_year_invalid', '复核年度须在命名之后且不晚于今年', 'The review year must follow certification and not be in the future'],
  NotEditable: ['studio/not_editable', '工作室当前状态下不能修改此项', 'This cannot be changed in the studio’s current state'],
  DateOrder: ['studio/date_order', '结束日期不能早于开始日期', 'The end cannot be before the start'],
  FutureDate: ['studio/future_date', '日期不能晚于今天', 'The date cannot be in the future'],
});

export const SuggestionError = section({
  ReasonRequired: ['suggestion/reason_required', '请填写理由', 'Give a reason'],
  NotNow: ['suggestion/not_now', '该建议当前处于“{state}”环节，不能{action}', 'The suggestion is at “{state}”; it cannot be {action} now'],
  NotModelWorker: ['suggestion/not_model_worker', '只有已登记的劳模才能提交建议', 'Only registered model workers may submit suggestions'],
  CoSignerSelf: ['suggestion/co_signer_self', '联名人不能是建议人本人', 'The author cannot co-sign their own suggestion'],
  CoSignerUnknown: ['suggestion/co_signer_unknown', '联名人须为已开通账号的其他劳模', 'Co-signers must be other model workers with an account'],
  CoSignNotPending: ['suggestion/co_sign_not_pending', '您已答复过该联名邀请', 'You have already answered this co-signing request'],
  HandlerKind: ['suggestion/handler_kind', '承办单位须为承办部门或您管辖范围内的工会', 'The handler must be a department or union office within your scope'],
  SameHandler: ['suggestion/same_handler', '转办须选择另一个承办单位', 'A transfer needs another handler'],
  ConsentRequired: ['suggestion/consent_required', '建议人未同意公开，不能公开', 'The author has not consented to publication'],
  AlreadyDone: ['suggestion/already_done', '该操作已完成，无需重复', 'This has already been done'],
  ReceivedInFuture: ['suggestion/received_in_future', '收件日期不能晚于今天', 'The date received cannot be in the future'],
  ReopenUsed: ['suggestion/reopen_used', '该建议已重新办理过一次', 'This suggestion has already been reopened once'],
});

export const RegistryError = section({
  IdNumberInvalid: ['registry/id_number_invalid', '身份证号码无效，请核对（18 位，末位校验码）', 'The ID number is not valid; check it (18 characters, the last a check character)'],
  IdNumberTaken: ['registry/id_number_taken', '该身份证号码已有登记记录', 'A record with this ID number exists already'],
  KeeperKind: ['registry/keeper_kind', '{keeping}须由{kind}负责', '{keeping} is done by a {kind}'],
  NotKept: ['registry/not_kept', '该劳模已{status}，记录不再更新', 'This model worker is {status}; the record is no longer updated'],
  ReasonRequired: ['registry/reason_required', '请填写理由', 'Give a reason'],
  TransferOpen: ['registry/transfer_open', '该记录已有待接收的移交申请', 'This record has a transfer waiting to be accepted already'],
  TransferSameKeeper: ['registry/transfer_same_keeper', '请选择另一个管理单位', 'Choose another keeper'],
  TransferRevocationOpen: ['registry/transfer_revocation_open', '该劳模有尚未决定的撤销称号报告，报告决定后方可移交', 'A revocation report about this record is still open; it can be transferred once the report is decided'],
  TransferDecided: ['registry/transfer_decided', '该移交申请已处理', 'This transfer has been decided already'],
  HonorHeld: ['registry/honor_held', '该荣誉称号（{year} 年）已在记录中', 'This honor ({year}) is on the record already'],
  YearInvalid: ['registry/year_invalid', '年份须在 1950 年至今年之间', 'The year must be between 1950 and this year'],
  FutureDate: ['registry/future_date', '日期不能晚于今天', 'The date cannot be in the future'],
  DateOrder: ['registry/date_order', '结束日期不能早于开始日期', 'The end cannot be before the start'],
  ImportFormat: ['registry/import_format', '只能导入 XLSX 或 CSV（UTF-8）文件', 'Only XLSX or CSV (UTF-8) files can be imported'],
  ImportTooLarge: ['registry/import_too_large', '文件不能超过 {mb} MB', 'The file cannot be larger than {mb} MB'],
  ImportUnreadable: ['registry/import_unreadable', '文件无法读取，请确认是 XLSX 或 UTF-8 编码的 CSV 文件', 'The file cannot be read; make sure it is XLSX or CSV in UTF-8'],
  ImportEmpty: ['registry/import_empty', '文件中没有数据行（第 1 行为列名）', 'The file has no data rows (row 1 names the columns)'],
  ImportTooManyRows: ['registry/import_too_many_rows', '一次最多导入 {max} 行', 'At most {max} rows can be imported at once'],
  ImportColumnUnknown: ['registry/import_column_unknown', '无法识别的列“{column}”', 'Unknown column "{column}"'],
  ImportColumnRepeated: ['registry/import_column_repeated', '列“{column}”重复', 'The column "{column}" appears twice'],
  ImportColumnMissing: ['registry/import_column_missing', '缺少“{column}”列', 'The column "{column}" is missing'],
  ImportRequired: ['registry/import_required', '“{column}”不能为空', '"{column}" must not be empty'],
  ImportValue: ['registry/import_value', '“{column}”的值“{value}”无法识别，可填：{allowed}', '"{column}": "{value}" is not one of {allowed}'],
  ImportDate: ['registry/import_date', '“{column}”须为日期，如 1970-03-15 或 1970-03', '"{column}" must be a date such as 1970-03-15 or 1970-03'],
  ImportTooLong: ['registry/import_too_long', '“{column}”最多 {max} 个字', '"{column}" takes at most {max} characters'],
  ImportIdRepeated: ['registry/import_id_repeated', '身份证号码与第 {row} 行重复', 'The ID number repeats that of row {row}'],
  ImportOutOfScope: ['registry/import_out_of_scope', '该身份证号码的记录不在您的管理范围内，不能更新', 'The record with this ID number is kept outside your scope and cannot be updated'],
  ImportKeeperUnknown: ['registry/import_keeper_unknown', '管理单位“{name}”不存在或不在您的管理范围内', 'The keeper "{name}" does not exist or is outside your scope'],
  ImportKeeperAmbiguous: ['registry/import_keeper_ambiguous', '有多个名为“{name}”的组织，请联系上级核对名称', 'Several organizations are named "{name}"; ask the office above to tell them apart'],
  ImportKeeperChange: ['registry/import_keeper_change', '管理单位或管理方式的变更须通过移交办理', 'A change of keeper or keeping goes through a transfer'],
  ImportHonorUnknown: ['registry/import_honor_unknown', '荣誉称号“{name}”不存在', 'There is no honor "{name}"'],
  ImportNotReady: ['registry/import_not_ready', '该导入{state}，不能确认', 'This import is {state}; it cannot be confirmed'],
});

export const ModelWorkerAccountError = section({
  RecordTaken: ['model_worker_account/record_taken', '该劳模档案已关联其他账号', 'This registry record is already linked to another account'],
  AccountTaken: ['model_worker_account/account_taken', '该账号已关联其他劳模档案', 'This account is already linked to another registry record'],
  NoOwnRecord: ['model_worker_account/no_own_record', '您的账号尚未关联劳模档案', 'Your account is not linked to a registry record'],
  NoRecord: ['model_worker_account/no_record', '没有登记该手机号、尚未认领的劳模档案', 'No unclaimed registry record has this phone number'],
});

export const ProfileError = section({
  PhotoNotImage: ['profile/photo_not_image', '照片须为 JPG 或 PNG 图片', 'The photo must be a JPG or PNG image'],
});

export const RevocationError = section({
  ReasonRequired: ['revocation/reason_required', '请填写理由', 'Give a reason'],
  NotNow: ['revocation/not_now', '该撤销报告已办结，不能{action}', 'This revocation report is closed; it cannot be {action}'],
  AlreadyRevoked: ['revocation/already_revoked', '该荣誉已撤销', 'This honor has already been revoked'],
  AlreadyReported: ['revocation/already_reported', '该荣誉已有待决定的撤销报告', 'This honor already has a revocation report awaiting a decision'],
  NotAtConferringBody: ['revocation/not_at_conferring_body', '报告尚未逐级报送至授予机关', 'The report has not yet reached the conferring body'],
  AtConferringBody: ['revocation/at_conferring_body', '报告已送达授予机关，无需再报送', 'The report is already with the conferring body'],
});

export const CareError = section({
  BelowThreshold: ['care/below_threshold', '未达到救助标准（{threshold} 元）', 'Below the rule’s threshold ({threshold} yuan)'],
  NotSeriousDisability: ['care/not_serious_disability', '非因工意外须致重度残疾方可救助', 'A non-work accident qualifies only when it caused serious disability'],
  AmountRequired: ['care/amount_required', '请填写自付费用或损失金额（元）', 'Give the self-paid costs or losses in yuan'],
  NotEntitled: ['care/not_entitled', '该劳模未保持享受劳模待遇的荣誉称号', 'This model worker holds no title carrying model-worker treatment'],
  NotModelWorker: ['care/not_model_worker', '只有已登记的劳模本人或其工会可以申请', 'Only a registered model worker or their union may apply'],
  ReasonRequired: ['care/reason_required', '请填写理由', 'Give a reason'],
  NotNow: ['care/not_now', '当前处于“{state}”环节，不能{action}', 'It is at “{state}”; it cannot be {action} now'],
  RollExists: ['care/roll_exists', '{year} 年的该项补贴已有发放名册，不能重复发放', 'A roll of this allowance for {year} already exists; nobody is paid twice'],
  FigureRequired: ['care/figure_required', '该救助标准须设定此项数额', 'This rule needs this figure'],
  AmountNotSet: ['care/amount_not_set', '该项补贴尚未设定发放标准', 'No amount is set for this allowance yet'],
  NoOneEntitled: ['care/no_one_entitled', '登记库中没有符合该项补贴条件的劳模', 'Nobody in the registry is entitled to this allowance'],
  BatchNotStarted: ['care/batch_not_started', '该批次 {startsOn} 开始，届时方可登记', 'The batch starts on {startsOn}; attendance is recorded from then'],
  BatchEnded: ['care/batch_ended', '该批次已截止，不能再预约或报名', 'The batch is closed to bookings and enrolments'],
  BatchFull: ['care/batch_full', '该批次名额（{capacity} 人）已满', 'The batch is full ({capacity} places)'],
  BatchDates: ['care/batch_dates', '结束日期不能早于开始日期', 'The last day cannot be before the first'],
  CheckedThisYear: ['care/checked_this_year', '该劳模 {year} 年已预约或参加体检', 'This model worker already has a health check booked or done in {year}'],
  PackageLevel: ['care/package_level', '该体检套餐不适用于该劳模的待遇级别', 'The package is not for this model worker’s treatment level'],
  OutsideOrganizer: ['care/outside_organizer', '该劳模不在本批次组织单位的服务范围内', 'This model worker is not among those the batch’s organizer serves'],
  NotInPost: ['care/not_in_post', '疗休养面向在职劳模', 'Recuperation is for model workers in post'],
  AlreadyEnrolled: ['care/already_enrolled', '该劳模已报名本批次', 'This model worker is already enrolled in the batch'],
  FeedbackGiven: ['care/feedback_given', '已填写过反馈', 'Feedback has already been given'],
  FiguresNotSet: ['care/figures_not_set', '{year} 年的生活困难认定标准尚未设定', 'The city’s living-hardship figures for {year} are not set yet'],
  OverBudget: ['care/over_budget', '超出 {year} 年关爱经费预算：预算 {budget} 元，已支出 {spent} 元，本次 {amount} 元；确需批准请填写超预算理由', 'Past the {year} care budget: {budget} yuan budgeted, {spent} spent, {amount} now; give a reason to approve past it'],
  NotCaseRoll: ['care/not_case_roll', '只有特殊困难帮扶金名册可以逐案添加', 'Only a special-hardship roll takes people case by case'],
  AlreadyOnRoll: ['care/already_on_roll', '该劳模 {year} 年已在此项补贴的名册上，不能重复发放', 'This model worker is already on a roll of this allowance for {year}; nobody is paid twice'],
  NotCoveredHere: ['care/not_covered_here', '该劳模不在本名册的管理范围内', 'This model worker is outside the roll’s office'],
});

export const CareVisitError = section({
  NoHonor: ['care_visit/no_honor', '该劳模未持有荣誉称号，无法按层级结对', 'This model worker holds no honor, so there is no level to pair by'],
  NoRule: ['care_visit/no_rule', '结对规则未规定{level}劳模的联系人', 'The pairing rules name no contact for {level} model workers'],
  PartnerKind: ['care_visit/partner_kind', '按结对规则，{level}劳模应与{kind}结对', 'By the pairing rules a {level} model worker is paired with a {kind}'],
  AlreadyPaired: ['care_visit/already_paired', '该劳模已有结对联系人，请先结束原结对', 'This model worker is already paired; end that pairing first'],
  NotInRegistry: ['care_visit/not_in_registry', '该劳模不在登记库中（已去世或已移出）', 'This model worker is no longer in the registry'],
  PairingEnded: ['care_visit/pairing_ended', '该结对已于 {date} 结束', 'This pairing ended on {date}'],
  FutureDate: ['care_visit/future_date', '日期不能晚于今天（{today}）', 'The date cannot be after today ({today})'],
  BeforeStart: ['care_visit/before_start', '结束日期不能早于结对开始日期（{date}）', 'A pairing cannot end before it started ({date})'],
  FestivalRequired: ['care_visit/festival_required', '节日慰问请选择节日', 'Choose the festival of a festival visit'],
  FestivalNotFestival: ['care_visit/festival_not_festival', '只有节日慰问才选择节日', 'Only a festival visit names a festival'],
  NoFollowUp: ['care_visit/no_follow_up', '该记录没有需要跟进的事项', 'This visit has no follow-up to mark done'],
  FollowUpDone: ['care_visit/follow_up_done', '跟进事项已办结', 'The follow-up is already done'],
});

export const DemoClockError = section({
  Production: ['demo_clock/production', '生产环境不提供演示时钟，日期始终为真实日期', 'The demo clock is not available in production; the date is always the real one'],
  BeforeToday: ['demo_clock/before_today', '演示日期不能早于今天（{today}）', 'The demo date cannot be before today ({today})'],
  TooFar: ['demo_clock/too_far', '演示日期最多只能设到 {latest}', 'The demo date can be at most {latest}'],
});

/** Every section, by identifier (for the catalogue's own test). */
export const ERROR_SECTIONS = {
  CommonError, AuthError, AccountError, OrganizationError, HonorError, CalendarError, CampaignError, NominationError, NoticeError,
  ParticipationError, CommentError, ObjectionError, VoteError, AttachmentError, StudioError, SuggestionError, RegistryError, DemoClockError,
  ModelWorkerAccountError, ProfileError, RevocationError, CareError, CareVisitError,
};

type SectionCodes<T> = T[keyof T];
export type ErrorCode = { [S in keyof typeof ERROR_SECTIONS]: SectionCodes<(typeof ERROR_SECTIONS)[S]> }[keyof typeof ERROR_SECTIONS];

/** The texts of a code, or undefined for a string that is not one. */
export function errorText(code: string): Text | undefined {
  return texts.get(code);
}
