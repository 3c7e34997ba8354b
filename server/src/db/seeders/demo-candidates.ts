import { Gender } from '../../modules/registry/registry.enums.js';
import { NominationState } from '../../modules/nomination/nomination.enums.js';

/** Candidates of the demo campaign (fictional people), with the step each file has reached. */
export const DEMO_CANDIDATES: {
  name: string; gender: Gender; unit: string; honor: string; post: string; state: NominationState; technical: boolean;
  summary: string; idNumber: string; phone: string;
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
];
