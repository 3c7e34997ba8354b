import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { findByIdNumber } from '@laomo/server/modules/registry/registry.service.js';
import { act, CHAOYANG, directory, fileThroughUnitNotice, openCampaign, partyConsent, publish, startTestApp, type Directory, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  t = await startTestApp();
  dir = await directory(t);
});
afterAll(async () => { await t.close(); });

describe('one candidate walks 一报告 两审核 三公示 from nomination to approval', () => {
  it('each step is taken by the right office, the registry then holds the honor, and the conferring body can revoke it', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir, { structureRules: [{ dimension: 'GRASSROOTS', bound: 'MIN', percent: 50 }] });
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '马建军', idNumber: '110105197801010099' });
    expect(notice).toMatchObject({ startsOn: '2026-02-09', endsOn: '2026-02-13', workingDays: 5 });

    t.clock.set('2026-02-14');
    const unit = await t.as('unit');
    let chaoyang = await t.as('chaoyang');
    expect((await act(unit, id, 'PASS_UNIT_NOTICE')).nomination!.state).toBe('UNIT_NOTICE_PASSED');
    expect((await partyConsent(unit, id)).nomination!.state).toBe('PARTY_CONSENTED');
    expect((await act(unit, id, 'SUBMIT_TO_DISTRICT')).nomination!.state).toBe('SUBMITTED');
    expect((await act(chaoyang, id, 'APPROVE_PRELIMINARY')).nomination!.state).toBe('PRELIMINARY_APPROVED');

    t.clock.set('2026-02-24');
    chaoyang = await t.as('chaoyang');
    const district = await publish(chaoyang, campaign, 'DISTRICT', dir.orgs[CHAOYANG], [id]);
    expect(district.userErrors).toEqual([]);
    expect(district.notice).toMatchObject({ startsOn: '2026-02-24', endsOn: '2026-02-28' });
    t.clock.set('2026-03-01');
    chaoyang = await t.as('chaoyang');
    let city = await t.as('city');
    expect((await act(chaoyang, id, 'PASS_DISTRICT_NOTICE')).nomination!.state).toBe('DISTRICT_NOTICE_PASSED');
    expect((await act(chaoyang, id, 'FORWARD_TO_CITY')).nomination!.state).toBe('FORWARDED');
    expect((await act(city, id, 'APPROVE_SECONDARY')).nomination!.state).toBe('SECONDARY_APPROVED');

    t.clock.set('2026-03-02');
    city = await t.as('city');
    const cityNotice = await publish(city, campaign, 'CITY', dir.orgs['北京市总工会'], [id]);
    expect(cityNotice.userErrors).toEqual([]);
    expect(cityNotice.notice).toMatchObject({ startsOn: '2026-03-02', endsOn: '2026-03-10', workingDays: 7 });
    t.clock.set('2026-03-11');
    city = await t.as('city');
    expect((await act(city, id, 'PASS_CITY_NOTICE')).nomination!.state).toBe('CITY_NOTICE_PASSED');
    const approved = await act(city, id, 'APPROVE');
    expect(approved.userErrors).toEqual([]);
    expect(approved.nomination!.state).toBe('APPROVED');

    const em = t.app.orm.em.fork();
    const worker = (await findByIdNumber(em, '110105197801010099'))!;
    expect(worker.name).toBe('马建军');
    const honors = await em.find(ModelWorkerHonor, { modelWorker: worker }, { populate: ['honor'] });
    expect(honors.map((h) => [h.honor.getEntity().code, h.year])).toEqual([['BJ_MODEL_WORKER', 2026]]);

    const revoked = await act(city, id, 'REVOKE', '严重违纪，依规撤销');
    expect(revoked.nomination!.state).toBe('REVOKED');
    const after = t.app.orm.em.fork();
    const held = await after.findOneOrFail(ModelWorkerHonor, { modelWorker: worker.id });
    expect(held.revokeReason).toBe('严重违纪，依规撤销');
    expect((await after.findOneOrFail(ModelWorker, worker.id)).status).toBe('REVOKED');

    const history = await city.ok(`query($id: ID!) { nomination(id: $id) { history(first: 100) { nodes { action fromState toState actorName } } } }`, { id });
    const steps = history.nomination.history.nodes.filter((l: any) => l.fromState !== l.toState && l.fromState);
    const page = await city.ok(`query($id: ID!) { nomination(id: $id) { history(first: 1) { pageInfo { hasNextPage } nodes { action } } } }`, { id });
    expect(page.nomination.history.pageInfo.hasNextPage).toBe(true);
    expect(page.nomination.history.nodes).toHaveLength(1);
    expect(steps.map((l: any) => [l.action, l.actorName])).toEqual([
      ['nomination.NOMINATE', '燕京精密工会 陈芳'],
      ['nomination.RECORD_RECOMMENDATION', '燕京精密工会 陈芳'],
      ['nomination.REPORT_DEEDS', '燕京精密工会 陈芳'],
      ['nomination.START_UNIT_NOTICE', '燕京精密工会 陈芳'],
      ['nomination.PASS_UNIT_NOTICE', '燕京精密工会 陈芳'],
      ['nomination.RECORD_PARTY_CONSENT', '燕京精密工会 陈芳'],
      ['nomination.SUBMIT_TO_DISTRICT', '燕京精密工会 陈芳'],
      ['nomination.APPROVE_PRELIMINARY', '朝阳区总工会 李强'],
      ['nomination.START_DISTRICT_NOTICE', '朝阳区总工会 李强'],
      ['nomination.PASS_DISTRICT_NOTICE', '朝阳区总工会 李强'],
      ['nomination.FORWARD_TO_CITY', '朝阳区总工会 李强'],
      ['nomination.APPROVE_SECONDARY', '市总评选办 王静'],
      ['nomination.START_CITY_NOTICE', '市总评选办 王静'],
      ['nomination.PASS_CITY_NOTICE', '市总评选办 王静'],
      ['nomination.APPROVE', '市总评选办 王静'],
      ['nomination.REVOKE', '市总评选办 王静'],
    ]);
  });
});
