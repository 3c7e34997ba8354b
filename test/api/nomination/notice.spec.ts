import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notice } from '@laomo/server/modules/notice/notice.entity.js';
import { NoticeEntry } from '@laomo/server/modules/notice/notice-entry.entity.js';
import { noticeHash, sha256Hex } from '@laomo/server/modules/notice/notice-snapshot.js';
import { idOf, toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Objection } from '@laomo/server/modules/objection/objection.entity.js';
import { ObjectionChannel } from '@laomo/server/modules/objection/objection.enums.js';
import { act, codes, createFile, directory, fileInput, fileThroughUnitNotice, openCampaign, publish, recommend, reportDeeds, startTestApp, UNIT, type Directory, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;
let campaign: string;

beforeAll(async () => {
  t = await startTestApp();
  dir = await directory(t);
  t.clock.set('2026-02-09');
  campaign = await openCampaign(await t.as('city'), dir);
});
afterAll(async () => { await t.close(); });

describe('notices are steps of the process, counted in working days', () => {
  it('a 5-working-day notice published before the Spring Festival counts the make-up Saturday and skips the holiday', async () => {
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '春节前' }, '2026-02-12');
    // 2/12 Thu, 2/13 Fri, 2/14 Sat (调休上班), holiday 2/15–2/23, 2/24 Tue, 2/25 Wed.
    expect(notice).toMatchObject({ startsOn: '2026-02-12', endsOn: '2026-02-25', workingDays: 5 });

    t.clock.set('2026-02-25T23:30:00+08:00');
    const lastDay = await act(await t.as('unit'), id, 'PASS_UNIT_NOTICE');
    expect(codes(lastDay)).toEqual(['nomination/notice_not_ended']);
    expect(lastDay.userErrors[0].message).toContain('2026-02-25');

    t.clock.set('2026-02-26T00:00:00+08:00');
    const nextDay = await act(await t.as('unit'), id, 'PASS_UNIT_NOTICE');
    expect(nextDay.userErrors).toEqual([]);
    expect(nextDay.nomination!.state).toBe('UNIT_NOTICE_PASSED');
  });

  it('a candidate with an open objection cannot pass the notice, even after it ended', async () => {
    const { id } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '有异议' }, '2026-03-02');
    const em = t.app.orm.em.fork();
    const nomination = idOf(id, 'Nomination')!;
    const entry = await em.findOneOrFail(NoticeEntry, { nomination }, { populate: ['notice'] });
    em.create(Objection, {
      notice: entry.notice, entry, nomination, channel: ObjectionChannel.PHONE, content: '反映其事迹材料中获奖情况不实', realName: false, receivedAt: new Date('2026-03-03T02:00:00Z'),
    });
    await em.flush();
    t.clock.set('2026-03-10');
    expect(codes(await act(await t.as('unit'), id, 'PASS_UNIT_NOTICE'))).toEqual(['nomination/objection_open']);
  });

  it('only candidates who consented to publication can be put on a notice', async () => {
    t.clock.set('2026-03-02');
    const unit = await t.as('unit');
    const { nomination } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName: '未同意', consentToPublish: false }) });
    await act(unit, nomination!.id, 'NOMINATE');
    await recommend(unit, nomination!.id);
    await reportDeeds(unit, nomination!.id);
    const refused = await publish(unit, campaign, 'UNIT', dir.orgs[UNIT], [nomination!.id]);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'nomination/consent_missing', field: ['nominations', '0'] })]);
  });

  it('a later edit of the file leaves the published snapshot and its hash unchanged', async () => {
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '李卫国', post: '焊工' }, '2026-03-02');
    const unit = await t.as('unit');
    const edited = await unit.ok(`mutation($input: NominationUpdateInput!) { nominationUpdate(input: $input) { nomination { candidateName post } userErrors { code } } }`, {
      input: { nomination: id, ...fileInput(dir, { candidateName: '李卫国（更正）', post: '焊接高级技师', publicSummary: '更正后的摘要' }) },
    });
    expect(edited.nominationUpdate).toEqual({ nomination: { candidateName: '李卫国（更正）', post: '焊接高级技师' }, userErrors: [] });

    const em = t.app.orm.em.fork();
    const stored = await em.findOneOrFail(Notice, { snapshotHash: notice.snapshotHash }, { populate: ['campaign', 'organization'] });
    const entries = await em.find(NoticeEntry, { notice: stored }, { orderBy: { position: 'asc' } });
    expect(entries.map((e) => [e.candidateName, e.post])).toEqual([['李卫国', '焊工']]);
    expect(entries[0].snapshotHash).toBe(sha256Hex(entries[0].snapshot));
    expect(noticeHash(stored, stored.campaign.getEntity().name, stored.organization.getEntity().name, entries)).toBe(notice.snapshotHash);
    expect(stored.snapshotHash).toBe(notice.snapshotHash);
    // And the public reads the entry as published, while the file holds the correction.
    const { noticeEntry } = await t.anonymous().ok(`query($id: ID!) { noticeEntry(id: $id) { candidateName post } }`, { id: toGlobalId('NoticeEntry', entries[0].id) });
    expect(noticeEntry).toEqual({ candidateName: '李卫国', post: '焊工' });
    expect((await unit.ok(`query($id: ID!) { nomination(id: $id) { candidateName } }`, { id })).nomination.candidateName).toBe('李卫国（更正）');
  });

  it('the database refuses to rewrite a published entry', async () => {
    const em = t.app.orm.em.fork();
    const entry = await em.findOneOrFail(NoticeEntry, { position: 1 }, { orderBy: { createdAt: 'asc' } });
    await expect(em.getConnection().execute(`update notice_entry set snapshot = '{}'::jsonb where id = ?`, [entry.id])).rejects.toThrow(/cannot be changed/);
  });
});
