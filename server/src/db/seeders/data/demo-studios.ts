import { StudioField as F, StudioIndustry as I, StudioResultKind as K } from '../../../modules/studio/studio.enums.js';

/**
 * What the demo studios work on, by the leader's post (the registry seeder's posts). Titles follow
 * the kind of results union reports name, e.g. seed 001's 自主研发电动多功能三轮掏箱清洗车.
 */
export interface StudioTheme {
  industry: I; field: F; venue: string; facilities: string; introduction: string;
  projects: { title: string; goal: string }[];
  results: { title: string; kind: K; benefit: string; valueYuan: number | null }[];
}

export const STUDIO_THEMES: Record<string, StudioTheme> = {
  '数控车工 高级技师': {
    industry: I.MANUFACTURING, field: F.PROCESS_IMPROVEMENT, venue: '数控车间二层创新室', facilities: '五轴加工中心、三坐标测量仪、工艺仿真工作站',
    introduction: '围绕精密零件加工的难点开展工艺攻关，带徒传技，培养高技能人才。',
    projects: [
      { title: '薄壁零件变形控制工艺研究', goal: '将薄壁套类零件的加工变形控制在 0.01 毫米以内' },
      { title: '数控刀具寿命管理系统', goal: '刀具消耗降低 15%，减少非计划停机' },
      { title: '多品种小批量快速换型', goal: '换型时间由 90 分钟缩短到 30 分钟' },
    ],
    results: [
      { title: '一种薄壁套筒专用夹具', kind: K.PATENT, benefit: '装夹变形大幅减少，废品率由 6% 降到 0.8%', valueYuan: 420_000 },
      { title: '“三步定位”精车操作法', kind: K.METHOD, benefit: '在全公司推广，首件合格率提高到 99%', valueYuan: null },
      { title: '刀具寿命预警软件', kind: K.PRODUCT, benefit: '年节约刀具费用', valueYuan: 260_000 },
      { title: '北京市职工职业技能大赛数控车工一等奖', kind: K.AWARD, benefit: '团队成员获“北京市技术能手”称号', valueYuan: null },
      { title: '高温合金螺纹车削技术', kind: K.TECHNIQUE, benefit: '解决进口设备配件螺纹加工难题，替代外协', valueYuan: 180_000 },
    ],
  },
  '电气维修班班长': {
    industry: I.MANUFACTURING, field: F.SAFETY, venue: '设备动力部维修中心', facilities: '电气实训台、红外热像仪、PLC 调试平台',
    introduction: '以设备安全稳定运行为目标，攻关电气故障诊断和预防性维护。',
    projects: [
      { title: '生产线电气故障智能诊断', goal: '故障平均修复时间缩短 40%' },
      { title: '老旧配电柜安全改造', goal: '消除配电系统安全隐患 30 处' },
    ],
    results: [
      { title: '一种配电柜防误操作联锁装置', kind: K.PATENT, benefit: '杜绝误操作事故，连续三年零电气事故', valueYuan: 150_000 },
      { title: '“望闻问切”电气故障排查法', kind: K.METHOD, benefit: '编入公司培训教材，培训职工 300 余人次', valueYuan: null },
      { title: '变频器维修技术革新', kind: K.TECHNIQUE, benefit: '自主维修替代返厂，年节约维修费用', valueYuan: 320_000 },
      { title: '首都职工技术创新成果奖', kind: K.AWARD, benefit: '成果在本系统推广应用', valueYuan: null },
    ],
  },
  '环卫作业班组长': {
    industry: I.URBAN_SERVICES, field: F.TECHNICAL_INNOVATION, venue: '环卫中心机修车间', facilities: '焊接工位、车辆维修工具、试验场地',
    introduction: '立足一线作业，改进环卫车辆和工具，减轻职工劳动强度，提高作业效率。',
    projects: [
      { title: '背街小巷保洁车辆研制', goal: '研制适合胡同作业的小型电动保洁车' },
      { title: '垃圾桶站清洗工艺改进', goal: '清洗用水减少 30%，实现夜间低噪作业' },
    ],
    results: [
      { title: '自主研发的电动多功能保洁三轮车', kind: K.PRODUCT, benefit: '一车完成清扫、收集、冲洗，背街小巷作业效率提高一倍', valueYuan: 360_000 },
      { title: '自主研发电动多功能三轮掏箱清洗车', kind: K.PRODUCT, benefit: '获评西城区群众性技术创新工程优秀成果', valueYuan: 210_000 },
      { title: '一种可折叠式果皮箱清掏工具', kind: K.PATENT, benefit: '减轻职工弯腰作业强度，在全区推广', valueYuan: null },
      { title: '“分段包干”胡同保洁工作法', kind: K.METHOD, benefit: '胡同保洁质量考核连续两年全区第一', valueYuan: null },
    ],
  },
  '轨道车辆检修工': {
    industry: I.TRANSPORT, field: F.SAFETY, venue: '车辆段检修库创新工作间', facilities: '转向架检测台、超声波探伤仪、三维扫描仪',
    introduction: '聚焦地铁车辆检修质量和效率，开展检修工艺革新与技能传承。',
    projects: [
      { title: '转向架关键部件快速检测', goal: '单车检测时间缩短 25%' },
      { title: '车门系统故障预测', goal: '车门故障率下降 30%' },
    ],
    results: [
      { title: '一种车轮踏面擦伤测量装置', kind: K.PATENT, benefit: '测量精度提高，检修效率提高 35%', valueYuan: 280_000 },
      { title: '车门故障“五步诊断法”', kind: K.METHOD, benefit: '故障定位时间由 2 小时缩短到 20 分钟', valueYuan: null },
      { title: '制动系统检修工装', kind: K.TECHNIQUE, benefit: '年节约外委检修费用', valueYuan: 500_000 },
      { title: '全国铁路职业技能竞赛团体二等奖', kind: K.AWARD, benefit: '培养技师 6 名', valueYuan: null },
    ],
  },
  '高级教师': {
    industry: I.EDUCATION, field: F.SKILLS_TRAINING, venue: '教学楼三层名师工作室', facilities: '录播教室、创客实验室、教研资料室',
    introduction: '以课堂教学改革为抓手，带领青年教师开展教学研究与课程创新。',
    projects: [
      { title: '跨学科项目式学习课程开发', goal: '形成 12 个项目式学习案例' },
      { title: '青年教师成长共同体', goal: '三年培养区级骨干教师 10 名' },
    ],
    results: [
      { title: '“问题链”课堂教学法', kind: K.METHOD, benefit: '在全区 20 所学校推广', valueYuan: null },
      { title: '北京市基础教育教学成果一等奖', kind: K.AWARD, benefit: '成果被纳入区级教师培训课程', valueYuan: null },
      { title: '校本课程《身边的科学》', kind: K.PRODUCT, benefit: '每年惠及学生 1,200 余人', valueYuan: null },
    ],
  },
  '急救医师': {
    industry: I.HEALTH, field: F.SERVICE_INNOVATION, venue: '急救中心培训楼', facilities: '模拟急救车、高仿真模拟人、远程指导系统',
    introduction: '提升院前急救效率和质量，普及公众急救技能。',
    projects: [
      { title: '院前急救与院内绿色通道衔接', goal: '胸痛患者入院至救治时间缩短 15 分钟' },
      { title: '公众心肺复苏普及', goal: '每年培训市民 5,000 人次' },
    ],
    results: [
      { title: '急救车载信息实时传输方案', kind: K.TECHNIQUE, benefit: '心电图提前传送到医院，救治时间缩短', valueYuan: null },
      { title: '“黄金四分钟”调度指导法', kind: K.METHOD, benefit: '电话指导心肺复苏覆盖率提高到 85%', valueYuan: null },
      { title: '一种便携式急救固定担架', kind: K.PATENT, benefit: '在狭窄楼道转运患者更安全', valueYuan: 90_000 },
    ],
  },
  '公交驾驶员': {
    industry: I.TRANSPORT, field: F.ENERGY_SAVING, venue: '公交保养场创新室', facilities: '驾驶模拟器、能耗监测平台',
    introduction: '研究安全节能驾驶，带动车队驾驶员降低能耗、提高服务质量。',
    projects: [
      { title: '纯电动公交节能驾驶研究', goal: '百公里电耗降低 8%' },
      { title: '线路服务标准化', goal: '乘客满意度达到 98%' },
    ],
    results: [
      { title: '“平稳起步、预见停车”节能操作法', kind: K.METHOD, benefit: '在全公司推广，年节约电费', valueYuan: 1_200_000 },
      { title: '车辆能耗排行看板', kind: K.PRODUCT, benefit: '驾驶员能耗透明可比，形成比学赶超', valueYuan: null },
      { title: '首都劳动奖章获得者带队安全行车百万公里', kind: K.AWARD, benefit: '车队连续八年无责任事故', valueYuan: null },
    ],
  },
  '芯片验证工程师': {
    industry: I.INFORMATION_TECHNOLOGY, field: F.DIGITALIZATION, venue: '研发中心验证实验室', facilities: 'FPGA 原型验证平台、服务器集群',
    introduction: '攻关芯片验证效率，建设可复用的验证平台。',
    projects: [
      { title: '通用验证组件库建设', goal: '新项目验证环境搭建时间缩短一半' },
      { title: '覆盖率驱动的自动化回归', goal: '回归周期由 3 天缩短到 1 天' },
    ],
    results: [
      { title: '一种芯片接口协议自动检查方法', kind: K.PATENT, benefit: '提前发现设计缺陷，避免流片返工', valueYuan: 3_000_000 },
      { title: '验证组件库 V2.0', kind: K.PRODUCT, benefit: '在 6 个项目复用', valueYuan: 800_000 },
      { title: '北京市科学技术进步奖三等奖', kind: K.AWARD, benefit: '带动团队 5 人晋升高级工程师', valueYuan: null },
    ],
  },
  '果树栽培技术员': {
    industry: I.AGRICULTURE, field: F.TECHNICAL_INNOVATION, venue: '合作社技术服务站', facilities: '示范果园 50 亩、土壤检测室、智能灌溉系统',
    introduction: '推广果树优质高效栽培技术，带动农户增收。',
    projects: [
      { title: '苹果矮砧密植示范', goal: '亩产提高 20%，优果率达到 80%' },
      { title: '果园水肥一体化', goal: '节水 40%，节肥 30%' },
    ],
    results: [
      { title: '矮砧密植栽培技术规程', kind: K.TECHNIQUE, benefit: '带动 120 户果农亩均增收 3,000 元', valueYuan: 360_000 },
      { title: '一种果树枝条牵引固定器', kind: K.PATENT, benefit: '整形修剪用工减少一半', valueYuan: null },
      { title: '“一村一技”农技培训法', kind: K.METHOD, benefit: '每年培训农户 800 人次', valueYuan: null },
    ],
  },
  '焊接高级技师': {
    industry: I.CONSTRUCTION, field: F.PROCESS_IMPROVEMENT, venue: '项目部焊接培训基地', facilities: '焊接机器人、焊接模拟器、无损检测设备',
    introduction: '攻关大型钢结构焊接难题，培养焊接技能人才。',
    projects: [
      { title: '厚板全位置焊接工艺', goal: '一次探伤合格率达到 99.5%' },
      { title: '焊接机器人现场应用', goal: '现场机器人焊接比例达到 30%' },
    ],
    results: [
      { title: '超厚钢板低温预热焊接工艺', kind: K.TECHNIQUE, benefit: '冬季施工不停工，缩短工期 20 天', valueYuan: 1_500_000 },
      { title: '一种箱型构件焊接变形矫正装置', kind: K.PATENT, benefit: '矫正效率提高 3 倍', valueYuan: 400_000 },
      { title: '中国技能大赛焊工金奖', kind: K.AWARD, benefit: '带出徒弟 30 余名', valueYuan: null },
    ],
  },
  '养老护理员': {
    industry: I.URBAN_SERVICES, field: F.SERVICE_INNOVATION, venue: '社区养老服务驿站', facilities: '适老化实训室、康复器材',
    introduction: '探索居家和社区养老服务新方法，提升护理员技能。',
    projects: [
      { title: '失能老人居家照护标准', goal: '形成可推广的照护服务清单' },
      { title: '护理员技能提升计划', goal: '三年培训护理员 500 人次' },
    ],
    results: [
      { title: '“五心”居家照护工作法', kind: K.METHOD, benefit: '服务老人满意度 99%', valueYuan: null },
      { title: '一种防滑助浴椅', kind: K.PATENT, benefit: '降低助浴跌倒风险', valueYuan: null },
      { title: '北京市养老护理职业技能竞赛一等奖', kind: K.AWARD, benefit: '带动 20 名护理员取得高级证书', valueYuan: null },
    ],
  },
  '城市照明运维工程师': {
    industry: I.ENERGY, field: F.ENERGY_SAVING, venue: '城市照明运维中心', facilities: '单灯控制测试平台、照度检测仪',
    introduction: '推进城市道路照明节能改造和智能运维。',
    projects: [
      { title: '道路照明 LED 节能改造', goal: '改造路段节电 50%' },
      { title: '单灯智能控制系统', goal: '故障发现时间由 1 天缩短到 1 小时' },
    ],
    results: [
      { title: '路灯单灯故障远程监测系统', kind: K.PRODUCT, benefit: '亮灯率保持在 99.8% 以上', valueYuan: 700_000 },
      { title: '按需照明分时调光方案', kind: K.TECHNIQUE, benefit: '年节约电费', valueYuan: 2_600_000 },
      { title: '一种路灯杆快速检修平台', kind: K.PATENT, benefit: '检修作业时间缩短 40%', valueYuan: 120_000 },
    ],
  },
};

export const MEMBER_ROLES = ['技术骨干', '技术骨干', '工艺员', '青年技师', '质量员', '技术员', '学徒', '信息员', '安全员', '青年骨干', '技术骨干', '学徒'];
export const MEMBER_NAMES = ['高明', '宋佳', '韩磊', '唐敏', '冯涛', '于静', '董鹏', '萧雨', '程刚', '曹丽', '袁浩', '邓琳', '许峰', '傅蕾', '沈阳', '曾莉'];
