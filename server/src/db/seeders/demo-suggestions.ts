import { CoSignStatus, SuggestionAnswerOutcome, SuggestionChannel, SuggestionField, SuggestionRating, SuggestionReferralKind, SuggestionState } from '../../modules/suggestion/suggestion.enums.js';

export interface DemoSuggestion {
  author: string;
  title: string;
  field: SuggestionField;
  problem: string;
  proposal: string;
  /** A date, or days before today for the ones still being handled. */
  received: string | number;
  channel?: SuggestionChannel;
  /** How far it has come. */
  reached: SuggestionState;
  handler?: string;
  declineReason?: string;
  answer?: { outcome: SuggestionAnswerOutcome; content: string; rating?: SuggestionRating };
  consent?: boolean;
  published?: boolean;
  adopted?: boolean;
  commended?: boolean;
  referral?: [SuggestionReferralKind, string];
  coSigners?: [string, CoSignStatus][];
}

const F = SuggestionField;
const S = SuggestionState;
const O = SuggestionAnswerOutcome;
const R = SuggestionRating;

/** Model workers who get a sign-in for the demo, so joint suggestions can be confirmed. */
export const DEMO_CO_SIGNER_ACCOUNTS = [
  { name: '陈国栋', username: 'chenguodong' },
  { name: '杨海燕', username: 'yanghaiyan' },
];

/** A dozen suggestions over 2025–2026, in every state of the lifecycle (seeds 000 and 002). */
export const DEMO_SUGGESTIONS: DemoSuggestion[] = [
  {
    author: '张建国', title: '关于在制造企业推行数控设备预防性维护制度的建议', field: F.SCIENCE_INNOVATION, received: '2025-03-10',
    problem: '不少中小制造企业的数控设备仍以“坏了再修”为主，突发停机多，备件临时采购周期长，一线技师疲于抢修。',
    proposal: '建议由市总工会经济技术部牵头，依托劳模创新工作室编制数控设备点检规范和维护周期表，在重点企业试点推行，并把预防性维护纳入职工技能竞赛项目。',
    reached: S.CLOSED, handler: '市总工会经济技术部', consent: true, published: true, adopted: true, commended: true,
    answer: { outcome: O.WILL_ADOPT, rating: R.SATISFIED, content: '感谢张建国同志的建议。经济技术部已会同三家劳模创新工作室编制《数控设备点检与预防性维护指引》，2025年下半年在朝阳、丰台12家企业试点，并纳入市级职工职业技能大赛设备维护项目。' },
    coSigners: [['陈国栋', CoSignStatus.CONFIRMED]],
  },
  {
    author: '杨海燕', title: '关于为户外劳动者增设“暖心驿站”的建议', field: F.WORKERS_RIGHTS, received: '2025-04-18',
    problem: '环卫工人、快递员、外卖骑手等户外劳动者在高温和严寒天气缺少就近休息、饮水、加热饭菜的地方。',
    proposal: '建议在街道、商圈和公交场站利用现有服务网点增设工会户外劳动者服务站点，统一标识，在地图软件上标注，并明确经费保障和日常管理责任。',
    reached: S.CLOSED, handler: '市总工会权益保障部', consent: true, published: true, adopted: true, referral: [SuggestionReferralKind.CPPCC_PROPOSAL, '市政协十四届三次会议第0218号提案'],
    answer: { outcome: O.WILL_ADOPT, rating: R.SATISFIED, content: '已采纳。2025年全市新建改建户外劳动者服务站点300个，全部在主要地图软件标注，站点运行经费纳入工会年度预算。相关内容已转为政协提案，持续推动。' },
  },
  {
    author: '林海燕', title: '关于加强老旧小区电动自行车集中充电设施建设的建议', field: F.WORK_SAFETY, received: '2025-05-06',
    problem: '老旧小区居民私拉电线、入户充电现象突出，存在较大火灾隐患，不少小区缺少集中充电场地。',
    proposal: '建议推动属地政府利用小区边角空地建设集中充电棚，配备智能断电和烟感报警装置，并由物业和社区共同管理。',
    reached: S.CLOSED, handler: '北京市人力资源和社会保障局（承办）', consent: true, published: true, adopted: true,
    referral: [SuggestionReferralKind.PEOPLES_CONGRESS_MOTION, '市十六届人大三次会议第0457号建议'],
    answer: { outcome: O.PARTLY, rating: R.BASICALLY_SATISFIED, content: '建议涉及多个部门，已转请市人大代表形成代表建议。我局配合属地对老旧小区充电设施建设中的用工安全进行检查，集中充电设施建设由属地政府分批实施。' },
  },
  {
    author: '赵卫东', title: '关于完善新就业形态劳动者职业伤害保障的建议', field: F.WORKERS_RIGHTS, received: '2025-06-20',
    problem: '平台网约配送员等新就业形态劳动者发生职业伤害后，申请保障的流程不清楚，理赔周期较长。',
    proposal: '建议工会联合人社部门编印职业伤害保障办事指南，在骑手集中的站点开展宣讲，并在工会服务站设立咨询点。',
    reached: S.CLOSED, handler: '市总工会权益保障部', consent: true, published: true,
    answer: { outcome: O.WILL_ADOPT, rating: R.SATISFIED, content: '已编印《新就业形态劳动者职业伤害保障服务指南》2万册，在全市150个骑手站点开展宣讲，工会服务站均可提供咨询和代办帮助。' },
  },
  {
    author: '王卫东', title: '关于在地铁站增设母婴室的建议', field: F.CITY_MANAGEMENT, received: '2025-07-02', channel: SuggestionChannel.LETTER,
    problem: '部分换乘站客流大，哺乳期女职工通勤途中缺少母婴室。',
    proposal: '建议在客流较大的换乘站增设母婴室。',
    reached: S.DECLINED, declineReason: '该事项属轨道交通运营单位职责，不在工会建言受理范围内；已告知建议人可通过12345市民服务热线反映，我会同步向市交通委转达。',
  },
  {
    author: '黄春梅', title: '关于建立劳模工匠技能传承补贴的建议', field: F.UNION_WORK, received: '2025-09-15',
    problem: '一些老劳模、老工匠退休后仍愿意带徒传艺，但缺少场地和经费支持，技艺传承难以持续。',
    proposal: '建议设立劳模工匠技能传承补贴，依托劳模创新工作室开设“师带徒”项目，按带徒成效给予补贴。',
    reached: S.CLOSED, handler: '市总工会经济技术部', consent: true, published: true, adopted: true, commended: true,
    answer: { outcome: O.WILL_ADOPT, rating: R.SATISFIED, content: '已在2026年工会经费预算中设立“劳模工匠技能传承”专项，首批支持40个师带徒项目。' },
  },
  {
    author: '张建国', title: '关于推动高技能人才与工程技术人才职业发展贯通的建议', field: F.SCIENCE_INNOVATION, received: 40,
    problem: '高技能人才参加工程系列职称评审的渠道仍不畅通，企业对技能等级与职称互认的做法不一。',
    proposal: '建议推动在重点企业开展高技能人才参评工程系列职称试点，并把技能大赛获奖、技术革新成果作为评审的重要依据。',
    reached: S.FED_BACK, handler: '北京市人力资源和社会保障局（承办）', consent: true,
    answer: { outcome: O.PARTLY, content: '我局已在智能制造、集成电路等领域开展高技能人才参评工程系列职称试点，技能大赛获奖可作为业绩条件。全面推开尚需与行业主管部门协调，将在2027年评审工作中研究扩大范围。' },
  },
  {
    author: '周振宇', title: '关于环卫作业车辆加装盲区监测装置的建议', field: F.WORK_SAFETY, received: 45,
    problem: '大型环卫作业车辆右转盲区大，清晨作业时与行人、非机动车的事故风险较高。',
    proposal: '建议对在用环卫作业车辆分批加装盲区监测和语音提示装置，并对驾驶员开展专项培训。',
    reached: S.ASSIGNED, handler: '市总工会权益保障部', consent: true,
  },
  {
    author: '吴晓红', title: '关于公交驾驶员休息室配备与轮休安排的建议', field: F.WORKERS_RIGHTS, received: 4,
    problem: '部分公交首末站没有驾驶员休息室，驾驶员在高峰时段连续驾驶时间较长。',
    proposal: '建议在首末站规划建设驾驶员休息室，并优化排班，保证连续驾驶不超过规定时长。',
    reached: S.ASSIGNED, handler: '市总工会权益保障部', consent: false,
  },
  {
    author: '徐立新', title: '关于职工疗休养向一线职工倾斜的建议', field: F.UNION_WORK, received: 6,
    problem: '个别单位疗休养名额多集中在管理岗位，一线职工参加机会偏少。',
    proposal: '建议明确疗休养名额中一线职工占比不低于60%，并向劳模、工匠和困难职工倾斜。',
    reached: S.ACCEPTED, consent: true,
  },
  {
    author: '孙雪莲', title: '关于公交驾驶员职业健康体检增加心脑血管项目的建议', field: F.WORKERS_RIGHTS, received: 2, channel: SuggestionChannel.IN_PERSON,
    problem: '公交驾驶员长期久坐、作息不规律，心脑血管疾病风险较高，现有体检项目针对性不强。',
    proposal: '建议在驾驶员年度职业健康体检中增加颈动脉超声、动态心电图等心脑血管项目。',
    reached: S.RECEIVED,
  },
  {
    author: '张建国', title: '关于在职业院校推广企业新型学徒制的建议', field: F.SCIENCE_INNOVATION, received: 1,
    problem: '职业院校学生到企业实习多为简单操作，难以接触核心工艺，校企合作培养的深度不够。',
    proposal: '建议推广企业新型学徒制，由企业技师与院校教师“双导师”共同培养，学徒期间按规定发放学徒工资。',
    reached: S.RECEIVED, consent: true, coSigners: [['陈国栋', CoSignStatus.PENDING]],
  },
  {
    author: '杨海燕', title: '关于社区养老护理员职业技能提升补贴的建议', field: F.WORKERS_RIGHTS, received: 3,
    problem: '社区养老护理员流动性大、收入偏低，参加技能培训的积极性不高。',
    proposal: '建议对取得更高等级职业技能证书的养老护理员给予一次性补贴，并将技能等级与岗位工资挂钩。',
    reached: S.ANSWERED, handler: '市总工会权益保障部', consent: true, coSigners: [['张建国', CoSignStatus.PENDING]],
    answer: { outcome: O.WILL_ADOPT, content: '权益保障部已会同市民政局研究养老护理员技能提升补贴办法，拟于明年一季度出台，届时将护理员技能等级纳入岗位工资指导意见。' },
  },
];
