import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { EmploymentStatus, ModelWorkerStatus } from '@laomo/server/modules/registry/registry.enums.js';
import { Industry } from '@laomo/server/modules/registry/industry.js';
import { HonorLevel } from '@laomo/server/modules/honor/honor.enums.js';

const QUERY = `{ registryStatistics {
  total
  byHonor { honor { code } count share }
  byDistrict { organization { name } count share }
  byGender { gender count share }
  byCategory { category count share }
  byLevel { level count share }
  byRetirement { retired count share }
  byAgeBand { band count share }
  byIndustry { industry count share }
} }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('public figures of the registry', () => {
  it('count the active model workers by honor, district, gender and category, with shares that add up', async () => {
    const em = t.app.orm.em.fork();
    const active = await em.count(ModelWorker, { status: ModelWorkerStatus.ACTIVE });
    const { registryStatistics: s } = await t.anonymous().ok(QUERY);
    expect(s.total).toBe(active);
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(sum(s.byGender)).toBe(s.total);
    expect(sum(s.byCategory)).toBe(s.total);
    expect(sum(s.byDistrict)).toBe(s.total);
    const chaoyang = s.byDistrict.find((d: any) => d.organization.name === '朝阳区总工会');
    // 4 demo units in 朝阳 with two model workers each, plus 张建国.
    expect(chaoyang.count).toBe(9);
    expect(chaoyang.share).toBeCloseTo(9 / s.total, 3);
  });

  it('count each person once by the highest level held, in post or retired, by age band today and by industry', async () => {
    t.clock.set('2026-06-01');
    const em = t.app.orm.em.fork();
    const { registryStatistics: s } = await t.anonymous().ok(QUERY);
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    for (const rows of [s.byLevel, s.byRetirement, s.byAgeBand, s.byIndustry]) expect(sum(rows)).toBe(s.total);
    const manufacturing = await em.count(ModelWorker, { status: ModelWorkerStatus.ACTIVE, industry: Industry.MANUFACTURING });
    expect(s.byIndustry.find((r: any) => r.industry === 'MANUFACTURING').count).toBe(manufacturing);
    const medalists = await em.count(ModelWorker, { status: ModelWorkerStatus.ACTIVE, honors: { revokedAt: null, honor: { level: HonorLevel.NATIONAL } } });
    expect(s.byLevel.find((r: any) => r.level === 'NATIONAL').count).toBe(medalists);
    const retired = await em.count(ModelWorker, { status: ModelWorkerStatus.ACTIVE, employmentStatus: EmploymentStatus.RETIRED });
    expect(s.byRetirement.find((r: any) => r.retired)?.count ?? 0).toBe(retired);
    // 张建国, born 1972-05-18, is 54 on 2026-06-01.
    const fifties = await em.count(ModelWorker, { status: ModelWorkerStatus.ACTIVE, birthDate: { $gt: '1966-06-01', $lte: '1976-06-01' } });
    expect(s.byAgeBand.find((r: any) => r.band === 'FROM_50_TO_59').count).toBe(fifties);
    expect(s.byAgeBand.map((r: any) => r.band)).toEqual(['UNDER_40', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60_TO_69', 'FROM_70', 'UNKNOWN'].filter((b) => s.byAgeBand.some((r: any) => r.band === b)));
  });

  it('leave out a revoked honor and a revoked record', async () => {
    const em = t.app.orm.em.fork();
    const before = (await t.anonymous().ok(QUERY)).registryStatistics;
    const worker = await em.findOneOrFail(ModelWorker, { name: '张建国' }, { populate: ['honors'] });
    const medal = worker.honors.getItems().find((h) => h.honor.getEntity().code === 'NATIONAL_MAY1_MEDAL')!;
    medal.revokedAt = new Date();
    await em.flush();
    const afterHonor = (await t.anonymous().ok(QUERY)).registryStatistics;
    const medals = (s: any) => s.byHonor.find((h: any) => h.honor.code === 'NATIONAL_MAY1_MEDAL').count;
    expect(medals(afterHonor)).toBe(medals(before) - 1);
    expect(afterHonor.total).toBe(before.total);
    worker.status = ModelWorkerStatus.REVOKED;
    await em.flush();
    expect((await t.anonymous().ok(QUERY)).registryStatistics.total).toBe(before.total - 1);
    expect(await em.count(ModelWorkerHonor, { modelWorker: worker })).toBe(2);
  });
});

describe('caching the public figures', () => {
  const get = (cookie = '') => fetch(`${t.url}/graphql?query=${encodeURIComponent('{ registryStatistics { total } }')}`, {
    headers: { 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
  });

  it('an anonymous GET may be kept by shared caches for a short while', async () => {
    const response = await get();
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    expect((await response.json()).data.registryStatistics.total).toBeGreaterThan(0);
  });

  it('the same read with a session is never cached', async () => {
    const member = await t.as('public');
    expect((await get(member.cookieHeader)).headers.get('cache-control')).toBe('private, no-store');
  });

  it('a read that is not marked public is not cached even when anonymous', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { isStaff } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
