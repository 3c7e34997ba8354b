import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Account } from '../../modules/account/account.entity.js';
import { AccountKind } from '../../modules/account/account.enums.js';
import { RoleGrant } from '../../modules/account/role-grant.entity.js';
import { Role } from '../../modules/account/role.js';
import { hashPassword } from '../../modules/account/password.js';
import { ViewerState } from '../../modules/account/viewer-state.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { OrganizationKind } from '../../modules/organization/organization.enums.js';
import { ModelWorker } from '../../modules/registry/model-worker.entity.js';
import { Suggestion } from '../../modules/suggestion/suggestion.entity.js';
import { SuggestionAnswer } from '../../modules/suggestion/suggestion-answer.entity.js';
import { SuggestionCoSigner } from '../../modules/suggestion/suggestion-co-signer.entity.js';
import { SuggestionAction as A, SuggestionChannel, SuggestionState as S } from '../../modules/suggestion/suggestion.enums.js';
import { deadlineFor } from '../../modules/suggestion/suggestion.workflow.js';
import { loadWorkingCalendar } from '../../modules/calendar/calendar.service.js';
import { beijingDate } from '../../modules/calendar/working-calendar.js';
import { audit } from '../../modules/audit/audit.service.js';
import { DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_CO_SIGNER_ACCOUNTS, DEMO_SUGGESTIONS, type DemoSuggestion } from './demo-suggestions.js';

/** The road to each state, and the days after receipt each step took (dated demos; recent ones move faster). */
const ROAD: [A, S][] = [[A.ACCEPT, S.ACCEPTED], [A.ASSIGN, S.ASSIGNED], [A.ANSWER, S.ANSWERED], [A.FEED_BACK, S.FED_BACK], [A.RATE, S.CLOSED]];
const DAYS_DATED = [1, 2, 12, 14, 18];
const DAYS_RECENT = [0, 1, 2, 2, 2];

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** Demo suggestions with their history; two more model workers get a sign-in to co-sign. */
export class SuggestionSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_CO_SIGNER_ACCOUNTS) {
      const worker = await em.findOneOrFail(ModelWorker, { name: demo.name }, { populate: ['organization'] });
      const account = em.create(Account, { username: demo.username, displayName: `劳模 ${demo.name}`, passwordHash, kind: AccountKind.PUBLIC });
      em.create(RoleGrant, { account, role: Role.MODEL_WORKER, organization: worker.organization });
      worker.account = ref(account);
    }
    await em.flush();

    const calendar = await loadWorkingCalendar(em);
    const city = await em.findOneOrFail(Organization, { kind: OrganizationKind.CITY_FEDERATION, parent: null });
    const staff = new ViewerState(await em.findOneOrFail(Account, { username: 'city' }), []);
    const handlerAccount = await em.findOneOrFail(Account, { username: 'handler' });
    const today = beijingDate(new Date());
    for (const demo of DEMO_SUGGESTIONS) await this.seedOne(em, demo, { calendar, city, staff, handlerAccount, today });
    await em.flush();
  }

  private async seedOne(em: EntityManager, demo: DemoSuggestion, ctx: {
    calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>; city: Organization; staff: ViewerState; handlerAccount: Account; today: string;
  }): Promise<void> {
    const author = await em.findOneOrFail(ModelWorker, { name: demo.author });
    const received = typeof demo.received === 'number' ? addDays(ctx.today, -demo.received) : demo.received;
    const offsets = typeof demo.received === 'number' ? DAYS_RECENT : DAYS_DATED;
    const handler = demo.handler ? await em.findOneOrFail(Organization, { name: demo.handler }) : null;
    const channel = demo.channel ?? SuggestionChannel.ONLINE;
    const s = em.create(Suggestion, {
      author, office: ctx.city, title: demo.title, field: demo.field, problem: demo.problem, proposal: demo.proposal, channel,
      enteredBy: channel === SuggestionChannel.ONLINE ? null : ctx.staff.account, receivedAt: at(received), year: Number(received.slice(0, 4)),
      publishConsent: demo.consent ?? false, handler, state: S.RECEIVED, deadline: deadlineFor(S.RECEIVED, 0, received, ctx.calendar),
    });
    const authorViewer = new ViewerState(author.account ? await em.findOneOrFail(Account, author.account.id) : null, []);
    audit(em, channel === SuggestionChannel.ONLINE ? authorViewer : ctx.staff, { subject: s, action: 'suggestion.submit', to: S.RECEIVED, at: at(received), data: { channel } });
    for (const [name, status] of demo.coSigners ?? []) {
      const coSigner = await em.findOneOrFail(ModelWorker, { name });
      em.create(SuggestionCoSigner, { suggestion: s, modelWorker: coSigner, status, respondedAt: status === 'PENDING' ? null : at(addDays(received, 1)) });
    }
    if (demo.reached === S.DECLINED) {
      Object.assign(s, { state: S.DECLINED, deadline: null, declineReason: demo.declineReason });
      audit(em, ctx.staff, { subject: s, action: 'suggestion.decline', from: S.RECEIVED, to: S.DECLINED, reason: demo.declineReason, at: at(addDays(received, 2)) });
      return;
    }
    for (const [i, [action, to]] of ROAD.entries()) {
      if (ROAD.findIndex(([, state]) => state === demo.reached) < i) break;
      const day = addDays(received, offsets[i]);
      if (action === A.ANSWER) {
        s.answeredOnTime = !!s.deadline && day <= s.deadline;
        em.create(SuggestionAnswer, {
          suggestion: s, round: 1, handler: handler!, answeredBy: ctx.handlerAccount, outcome: demo.answer!.outcome, content: demo.answer!.content,
          answeredAt: at(day), rating: demo.answer!.rating ?? null,
          fedBackAt: [S.FED_BACK, S.CLOSED].includes(demo.reached) ? at(addDays(received, offsets[3])) : null,
        });
      }
      const actor = action === A.ANSWER ? new ViewerState(ctx.handlerAccount, []) : action === A.RATE ? authorViewer : ctx.staff;
      audit(em, actor, { subject: s, action: `suggestion.${action.toLowerCase()}`, from: s.state, to, at: at(day), data: action === A.ASSIGN ? { handler: handler!.name } : undefined });
      s.state = to;
      s.deadline = deadlineFor(to, 0, day, ctx.calendar);
    }
    const last = addDays(received, offsets[4] + 2);
    const marks: [boolean | undefined, A, () => void][] = [
      [demo.adopted, A.MARK_ADOPTED, () => { s.adopted = true; }],
      [!!demo.referral, A.REFER, () => { [s.referralKind, s.referralReference] = demo.referral!; }],
      [demo.commended, A.COMMEND, () => { s.commended = true; }],
      [demo.published, A.PUBLISH, () => { s.publishedAt = at(last); }],
    ];
    for (const [wanted, action, apply] of marks) {
      if (!wanted) continue;
      apply();
      audit(em, ctx.staff, { subject: s, action: `suggestion.${action.toLowerCase()}`, from: s.state, to: s.state, at: at(last) });
    }
  }
}
