import { Gender } from '../../modules/registry/registry.enums.js';
import { NominationState } from '../../modules/nomination/nomination.enums.js';

/** Candidates of the demo campaign (fictional people), with the step each file has reached. */
export const DEMO_CANDIDATES: {
  name: string; gender: Gender; unit: string; honor: string; post: string; state: NominationState; technical: boolean;
  summary: string; idNumber: string; phone: string;
  /** Files past the unit's steps carry the party committee's consent. */
  partyConsentOn?: string;
}[] = [
  {
    name: '刘海涛', gender: Gender.MALE, unit: '北京燕京精密机械有限公司工会', honor: 'BJ_MODEL_WORKER', post: '数控车工 高级技师',
    state: NominationState.UNIT_NOTICE, technical: true, idNumber: '110105198203150017', phone: '13911110001',
    summary: '扎根数控加工一线二十年，攻克航空发动机精密零件加工难题 12 项，带徒 36 名，其中 8 人成长为技师。',
  },
  {
    name: '孙雅琴', gender: Gender.FEMALE, unit: '北京燕京精密机械有限公司工会', honor: 'BJ_MODEL_WORKER', post: '质量检验班班长',
    state: NominationState.UNIT_NOTICE, technical: true, idNumber: '110105198807220028', phone: '13911110002',
    summary: '建立“首件三检”质量管控法，班组连续五年产品一次交验合格率 99.8%，获全国质量信得过班组称号。',
  },
  {
    name: '王德胜', gender: Gender.MALE, unit: '朝阳区环境卫生服务中心工会', honor: 'BJ_ADVANCED_WORKER', post: '环卫作业班组长',
    state: NominationState.RECOMMENDED, technical: false, idNumber: '110105197605110035', phone: '13911110003',
    summary: '负责 CBD 核心区道路保洁十八年，创新“定时定点定人”作业法，重大活动保障零差错。',
  },
  {
    name: '陈思远', gender: Gender.FEMALE, unit: '北京中关村芯片设计有限公司工会', honor: 'BJ_MODEL_WORKER', post: '芯片验证工程师',
    state: NominationState.NOMINATED, technical: true, idNumber: '110108199102030046', phone: '13911110004',
    summary: '主导国产车规级芯片验证平台建设，缩短验证周期 40%，获发明专利 9 项。',
  },
  {
    name: '赵立军', gender: Gender.MALE, unit: '北京星河智造科技有限公司工会', honor: 'BJ_MODEL_WORKER', post: '智能产线运维班长',
    state: NominationState.SUBMITTED, technical: true, idNumber: '110105198511080051', phone: '13911110005', partyConsentOn: '2026-04-02',
    summary: '带领班组完成 3 条智能产线改造，设备综合效率提升 18%，提出合理化建议 60 余条被采纳。',
  },
  {
    name: '周敏', gender: Gender.FEMALE, unit: '朝阳区人力资源和社会保障局工会', honor: 'BJ_ADVANCED_WORKER', post: '劳动保障监察员',
    state: NominationState.SUBMITTED, technical: false, idNumber: '110105198704190083', phone: '13911110007', partyConsentOn: '2026-04-03',
    summary: '办理欠薪案件 1,200 余件，为 3,800 名农民工追回工资 4,600 万元，推行“欠薪线索一码通”。',
  },
  {
    name: '马丽华', gender: Gender.FEMALE, unit: '北京京西公交客运有限公司工会', honor: 'BJ_MODEL_WORKER', post: '公交驾驶员 安全标兵',
    state: NominationState.FORWARDED, technical: false, idNumber: '110108197912140062', phone: '13911110006', partyConsentOn: '2026-03-26',
    summary: '安全行车 120 万公里零事故，开设“爱心车厢”服务老弱乘客十五年，乘客表扬信 300 余封。',
  },
];
