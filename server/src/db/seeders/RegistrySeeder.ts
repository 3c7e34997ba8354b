import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Organization } from '../../modules/organization/organization.entity.js';
import { EmployerKind, OrganizationKind } from '../../modules/organization/organization.enums.js';
import { Honor } from '../../modules/honor/honor.entity.js';
import { Account } from '../../modules/account/account.entity.js';
import { ModelWorker } from '../../modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../../modules/registry/model-worker-honor.entity.js';
import { Education, EmploymentStatus, Gender, Keeping, ModelWorkerCategory, ModelWorkerStatus, RegistryReportKind } from '../../modules/registry/registry.enums.js';
import { ModelWorkerTransfer } from '../../modules/registry/model-worker-transfer.entity.js';
import { ModelWorkerReport } from '../../modules/registry/model-worker-report.entity.js';
import { setIdNumber } from '../../modules/registry/registry.service.js';
import { checkCharacter } from '../../modules/registry/id-number.js';
import { seal } from '../../common/sealed-text.js';
import { Industry } from '../../modules/registry/industry.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const GIVEN = [['建华', Gender.MALE], ['秀英', Gender.FEMALE], ['志强', Gender.MALE], ['丽娟', Gender.FEMALE], ['国栋', Gender.MALE],
  ['海燕', Gender.FEMALE], ['卫东', Gender.MALE], ['春梅', Gender.FEMALE], ['振宇', Gender.MALE], ['晓红', Gender.FEMALE],
  ['立新', Gender.MALE], ['雪莲', Gender.FEMALE]] as const;
const POSTS = ['数控车工 高级技师', '电气维修班班长', '环卫作业班组长', '轨道车辆检修工', '高级教师', '急救医师',
  '公交驾驶员', '芯片验证工程师', '果树栽培技术员', '焊接高级技师', '养老护理员', '城市照明运维工程师'];

const EDUCATION = [Education.SENIOR_HIGH, Education.VOCATIONAL, Education.JUNIOR_COLLEGE, Education.BACHELOR, Education.MASTER];

/** The information form's other categories for demo record `n` (seed 003), so the staff pages show each. */
function demoRecord(n: number) {
  const retired = n % 7 === 0;
  return {
    ethnicity: n % 6 === 0 ? '回族' : '汉族', politicalStatus: n % 3 === 0 ? '群众' : '中共党员', education: EDUCATION[n % EDUCATION.length],
    householdBeijing: n % 5 !== 4, migrantWorker: n % 5 === 4,
    employmentStatus: retired ? EmploymentStatus.RETIRED : EmploymentStatus.IN_POST,
    categoryReason: retired ? '已退休，身体健康，生活较好' : n % 11 === 0 ? '年老多病，家庭困难' : '在岗骨干，发挥示范带头作用',
    familyMembers: [{ relation: '配偶', name: '（示例）', birthYear: 1966 + (n % 20), employer: '退休' }],
    workHistory: [{ employer: '（示例）原单位', post: '学徒工', from: `${1985 + (n % 10)}-07-01`, to: `${1995 + (n % 10)}-06-30` }],
    deeds: '长期扎根一线，带领班组完成多项技术攻关（示例）。',
    needs: n % 4 === 0 ? '希望多组织技能交流活动（示例）' : null,
  };
}
/** The industry of each post above, in the same order. */
const INDUSTRIES = [Industry.MANUFACTURING, Industry.ENERGY, Industry.URBAN_SERVICES, Industry.TRANSPORT, Industry.EDUCATION, Industry.HEALTH,
  Industry.TRANSPORT, Industry.INFORMATION_TECHNOLOGY, Industry.AGRICULTURE, Industry.MANUFACTURING, Industry.HEALTH, Industry.URBAN_SERVICES];

const AGENCY = new Set([EmployerKind.GOVERNMENT_AGENCY, EmployerKind.PUBLIC_INSTITUTION]);

/** About forty registry records spread over the demo units, with honors fitting each employer kind. */
export class RegistrySeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const units = await em.find(Organization, { kind: OrganizationKind.GRASSROOTS_UNION }, { orderBy: { name: 'asc' } });
    const honors = new Map((await em.find(Honor, {})).map((h) => [h.code, h]));
    const demoWorker = await em.findOne(Account, { username: 'modelworker' });
    let n = 0;
    for (const unit of units) {
      for (let k = 0; k < 2; k++, n++) {
        const [given, gender] = GIVEN[n % GIVEN.length];
        const employerName = unit.name.replace(/工会$/, '');
        const worker = em.create(ModelWorker, {
          name: `${SURNAMES[n % SURNAMES.length]}${given}`, gender, organization: unit, employerName,
          post: POSTS[n % POSTS.length],
          category: n % 7 === 0 ? ModelWorkerCategory.CARE : n % 11 === 0 ? ModelWorkerCategory.ASSISTANCE : ModelWorkerCategory.EXEMPLARY,
          birthDate: `${1965 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`,
          phone: `139${String(10_000_000 + n * 7919).slice(0, 8)}`,
          ...demoRecord(n), confirmedYear: n % 3 === 0 ? null : 2025,
        });
        const first17 = `11010519${65 + (n % 25)}0${1 + (n % 9)}1${n % 9}${String(100 + n).slice(-3)}`;
        setIdNumber(worker, first17 + checkCharacter(first17));
        if (n % 4 === 0) worker.healthSealed = seal(n % 8 === 0 ? '高血压，需定期复查' : '身体健康');
        if (worker.category === ModelWorkerCategory.ASSISTANCE) worker.familyHardshipSealed = seal('配偶长期患病，家庭收入低于本市上年度职工平均工资');
        // The person's side: their situation (the class follows from it) and, for two in three, consent to a public profile.
        Object.assign(worker, {
          hardship: worker.category === ModelWorkerCategory.ASSISTANCE,
          industry: INDUSTRIES[n % INDUSTRIES.length], profileConsent: n % 3 !== 2, deedsSummary: `扎根${POSTS[n % POSTS.length].split(' ')[0]}岗位，带出一支技术过硬的班组，多项改进在全市推广。`,
        });
        const municipal = honors.get(AGENCY.has(unit.employerKind!) ? 'BJ_ADVANCED_WORKER' : 'BJ_MODEL_WORKER')!;
        em.create(ModelWorkerHonor, { modelWorker: worker, honor: municipal, year: 2015 + (n % 10), conferredBy: null });
        if (n % 5 === 0) em.create(ModelWorkerHonor, { modelWorker: worker, honor: honors.get('NATIONAL_MAY1_MEDAL')!, year: 2020 + (n % 6) });
      }
    }
    await em.flush();
    await this.keepingExamples(em);
    if (demoWorker) {
      const unit = await em.findOneOrFail(Organization, { name: '北京燕京精密机械有限公司工会' });
      const worker = em.create(ModelWorker, {
        name: '张建国', gender: Gender.MALE, organization: unit, employerName: '北京燕京精密机械有限公司',
        post: '数控车工 首席技师', account: demoWorker, phone: '13800000002', birthDate: '1972-05-18',
        industry: Industry.MANUFACTURING, profileConsent: true, deedsSummary: '三十年扎根数控加工一线，攻克航空精密零件加工难题，带徒四十余人。',
      });
      em.create(ModelWorkerHonor, { modelWorker: worker, honor: honors.get('BJ_MODEL_WORKER')!, year: 2020 });
      em.create(ModelWorkerHonor, { modelWorker: worker, honor: honors.get('NATIONAL_MAY1_MEDAL')!, year: 2024 });
    }
    await em.flush();
  }

  /** One record kept by its district (属地), one transfer waiting, one death reported: the yearly page shows each. */
  private async keepingExamples(em: EntityManager): Promise<void> {
    const firstOf = async (unit: string) => (await em.find(ModelWorker, { organization: { name: unit } }, { orderBy: { name: 'asc' }, limit: 1 }))[0];
    const byName = (name: string) => em.findOneOrFail(Organization, { name });
    const retired = await firstOf('朝阳区环境卫生服务中心工会');
    Object.assign(retired, {
      organization: await byName('朝阳区总工会'), keeping: Keeping.LOCALITY, employmentStatus: EmploymentStatus.RETIRED,
      category: ModelWorkerCategory.CARE, categoryReason: '已退休，由居住地区总工会属地管理',
    });
    const moving = await firstOf('北京星河智造科技有限公司工会');
    em.create(ModelWorkerTransfer, {
      modelWorker: moving, from: moving.organization, to: await byName('海淀区总工会'), keeping: Keeping.LOCALITY, reason: '已与用人单位终止劳动关系，现居住在海淀区',
    });
    const deceased = await firstOf('丰台区花乡草莓种植专业合作社工会');
    deceased.status = ModelWorkerStatus.DECEASED;
    em.create(ModelWorkerReport, {
      modelWorker: deceased, organization: deceased.organization, kind: RegistryReportKind.DEATH, occurredOn: '2026-10-08',
      details: '因病医治无效去世（示例）', reportedByName: '花乡草莓合作社工会（示例）',
    });
  }
}
