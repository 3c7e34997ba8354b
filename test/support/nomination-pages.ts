import type { Page } from 'playwright-core';
import { sees } from './pages.js';

/** Steps of the nomination process as a person takes them in the pages, shared by the browser tests. */

export { sees, signIn } from './pages.js';

/** An employee proposes a colleague of their unit for 北京市劳动模范 through the stepwise form. */
export async function proposeColleague(employee: Page, candidate: string): Promise<void> {
  await employee.goto('/nominations/new');
  await employee.locator('.n-form-item', { hasText: '申报荣誉' }).locator('.n-base-selection').click();
  await employee.getByText('北京市劳动模范', { exact: true }).click();
  await employee.getByRole('button', { name: '下一步' }).click();
  // Step 2 incomplete: the form stays and says what is missing.
  await employee.getByRole('button', { name: '下一步' }).click();
  await sees(employee, '请填写候选人姓名');
  await employee.getByRole('textbox', { name: '候选人姓名' }).fill(candidate);
  await employee.getByRole('textbox', { name: '工作单位' }).fill('北京燕京精密机械有限公司');
  await employee.getByRole('textbox', { name: '职务（岗位）' }).fill('装配钳工 技师');
  await employee.getByRole('button', { name: '下一步' }).click();
  await employee.getByRole('textbox', { name: '事迹摘要（公示用，500 字以内）' }).fill('二十五年扎根装配一线，主持工装改进 18 项。');
  await employee.getByRole('textbox', { name: '详细事迹（2000 字以内）' }).fill('详细事迹：带领班组攻关精密主轴装配难题……');
  await employee.getByRole('button', { name: '下一步' }).click();
  await sees(employee, '资格条件均已满足');
  // Step 4 shows what is about to be submitted.
  await sees(employee, '请核对以下内容');
  await employee.locator('.n-descriptions').getByText('装配钳工 技师').waitFor();
  await employee.getByText('候选人同意公示').click();
  await employee.getByRole('button', { name: '提交给单位工会' }).click();
  await sees(employee, '待单位决定');
}

/** On the open file, the unit records the democratic recommendation (民主推荐) and the deeds report (事迹报告). */
export async function recordRecommendationAndReport(unit: Page): Promise<void> {
  await unit.getByRole('button', { name: '记录民主推荐' }).click();
  for (const [name, value] of [['应到人数', '60'], ['实到人数', '52'], ['赞成', '47'], ['反对', '3'], ['弃权', '2']]) {
    await unit.getByRole('textbox', { name }).fill(value);
  }
  await unit.getByRole('button', { name: '保存' }).click();
  await sees(unit, '民主推荐通过');
  await unit.getByRole('button', { name: '记录事迹报告' }).click();
  await unit.getByRole('textbox', { name: '报告范围' }).fill('全体职工大会（310 人）');
  await unit.getByRole('textbox', { name: '报告内容' }).fill('事迹报告会，宣读事迹材料并答疑');
  await unit.getByRole('button', { name: '保存' }).click();
  await sees(unit, '事迹已报告');
}
