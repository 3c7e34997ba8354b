import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Party, SUGGESTION_WORKFLOW, type SuggestionFacts } from '@laomo/server/modules/suggestion/suggestion.workflow.js';
import { SuggestionAction as A, SuggestionState as S } from '@laomo/server/modules/suggestion/suggestion.enums.js';
import { modelWorkerId, organizationId, SAMPLE, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * Model-based: random steps by random demo users on a joint suggestion. Whether a step is taken is
 * computed from the server's own table (state, party) and its guards run on the facts this test keeps;
 * the service must agree both ways, and move the suggestion only as the row says.
 */
const ROWS = SUGGESTION_WORKFLOW.steps;
const USERS = ['modelworker', 'chenguodong', 'city', 'admin', 'handler', 'chaoyang', 'public'];

let t: TestApp;
const clients = new Map<string, ApiClient>();
const orgs: Record<'rights' | 'economics', string> = { rights: '', economics: '' };
let coSigner = '';
const taken = new Set<string>();

beforeAll(async () => {
  t = await startTestApp({ sessionDays: 3650 });
  t.clock.set('2026-11-16');
  for (const user of USERS) clients.set(user, await t.as(user));
  orgs.rights = await organizationId(t, '市总工会权益保障部');
  orgs.economics = await organizationId(t, '市总工会经济技术部');
  coSigner = await modelWorkerId(clients.get('modelworker')!, '陈国栋');
});
afterAll(async () => { await t?.close(); });

interface Model extends SuggestionFacts { handler: 'rights' | 'economics' | null }

/** Who each party of the table is, given where the suggestion is (the handler user works at 权益保障部). */
function usersOf(party: Party, m: Model): string[] {
  switch (party) {
    case Party.AUTHOR: return ['modelworker'];
    case Party.CO_SIGNER: return ['chenguodong'];
    case Party.OFFICE: return ['city', 'admin'];
    case Party.HANDLER: return m.handler === 'rights' ? ['handler', 'admin'] : m.handler ? ['admin'] : [];
  }
}

/** The mutation and input the pages use for each action. */
function request(action: A, id: string, m: Model): [string, Record<string, unknown>] {
  const other = m.handler === 'rights' ? orgs.economics : orgs.rights;
  const reason = '核实后决定';
  const inputs: Record<A, [string, Record<string, unknown>]> = {
    ACCEPT: ['suggestionAccept', {}], DECLINE: ['suggestionDecline', { reason }], ASSIGN: ['suggestionAssign', { handler: orgs.rights }],
    TRANSFER: ['suggestionTransfer', { handler: other, reason }], ANSWER: ['suggestionAnswer', { outcome: 'WILL_ADOPT', content: '拟予采纳，正在推进。' }],
    FEED_BACK: ['suggestionFeedBack', {}], RATE: ['suggestionRate', { rating: 'SATISFIED' }], REOPEN: ['suggestionRate', { rating: 'DISSATISFIED' }],
    MARK_ADOPTED: ['suggestionMarkAdopted', {}], REFER: ['suggestionRefer', { kind: 'CPPCC_PROPOSAL', reference: '提案第 12 号' }],
    COMMEND: ['suggestionCommend', {}], PUBLISH: ['suggestionPublish', {}], UNPUBLISH: ['suggestionUnpublish', { reason }],
    CONFIRM_CO_SIGN: ['suggestionCoSignRespond', { confirm: true }], DECLINE_CO_SIGN: ['suggestionCoSignRespond', { confirm: false }],
    GIVE_CONSENT: ['suggestionConsentSet', { consent: true }], WITHDRAW_CONSENT: ['suggestionConsentSet', { consent: false }],
  };
  const [name, input] = inputs[action];
  return [name, { suggestion: id, ...input }];
}

/** What the step changes in the facts besides the state. */
function apply(action: A, m: Model): void {
  if (action === A.ASSIGN) m.handler = 'rights';
  if (action === A.TRANSFER) m.handler = m.handler === 'rights' ? 'economics' : 'rights';
  if (action === A.REOPEN) m.reopenCount += 1;
  if (action === A.MARK_ADOPTED) m.adopted = true;
  if (action === A.COMMEND) m.commended = true;
  if (action === A.REFER) m.referred = true;
  if (action === A.PUBLISH) m.published = true;
  if (action === A.UNPUBLISH) m.published = false;
  if (action === A.CONFIRM_CO_SIGN || action === A.DECLINE_CO_SIGN) m.coSignPending = false;
  if (action === A.GIVE_CONSENT) m.publishConsent = true;
  if (action === A.WITHDRAW_CONSENT) Object.assign(m, { publishConsent: false, published: false });
}

/** `forward` picks a step that moves the state (the walk gets deep), `open` any step open from here, `random` any step at all. */
const step = fc.record({ mode: fc.constantFrom('forward', 'open', 'random'), rightUser: fc.integer({ min: 0, max: 9 }), user: fc.constantFrom(...USERS), action: fc.nat() });

describe('model-based: the suggestion lifecycle', () => {
  it('takes a step exactly when the table and its guards allow, and only as the table says', async () => {
    await fc.assert(fc.asyncProperty(fc.boolean(), fc.array(step, { minLength: 8, maxLength: 25 }), async (consent, steps) => {
      const author = clients.get('modelworker')!;
      const submitted = await author.ok(`mutation($input: SuggestionSubmitInput!) { suggestionSubmit(input: $input) { suggestion { id } userErrors { code } } }`, {
        input: { ...SAMPLE, coSigners: [coSigner], publishConsent: consent },
      });
      const id = submitted.suggestionSubmit.suggestion.id as string;
      const m: Model = {
        state: S.RECEIVED, parties: new Set(), reopenCount: 0, publishConsent: consent, published: false,
        adopted: false, commended: false, referred: false, coSignPending: true, handler: null,
      };
      for (const s of steps) {
        const open = ROWS.filter((r) => r.from.includes(m.state) && (s.mode === 'open' || (r.to !== null && r.to !== m.state)));
        const chosen = s.mode !== 'random' && open.length ? open[s.action % open.length] : ROWS[s.action % ROWS.length];
        const parties = chosen.who.flatMap((p) => usersOf(p, m));
        const user = s.mode !== 'random' && s.rightUser < 8 && parties.length ? parties[s.rightUser % parties.length] : s.user;
        const [name, input] = request(chosen.action, id, m);
        const result = await clients.get(user)!.gql(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { code } } }`, { input });
        const errors = (result.data?.[name]?.userErrors ?? [{ code: 'fault' }]) as { code: string }[];

        // A dissatisfied rating reopens only while the one reopen is unused; after that it closes like any rating.
        const row = chosen.action === A.REOPEN && m.reopenCount > 0 ? SUGGESTION_WORKFLOW.step(A.RATE) : chosen;
        const facts = { ...m, parties: new Set(row.who.filter((p) => usersOf(p, m).includes(user))) };
        const guardsHold = (await SUGGESTION_WORKFLOW.problems(row, { state: m.state, actors: facts.parties, context: facts }, false)).length === 0;
        const expected = facts.parties.size > 0 && row.from.includes(m.state) && guardsHold;
        const state = (await clients.get('city')!.ok(`query($id: ID!) { suggestion(id: $id) { handling { state } } }`, { id })).suggestion.handling.state;
        expect({ action: row.action, user, from: m.state, taken: errors.length === 0, to: state }, errors.map((e) => e.code).join())
          .toEqual({ action: row.action, user, from: m.state, taken: expected, to: expected ? (row.to ?? m.state) : m.state });
        if (!expected) continue;
        taken.add(row.action);
        m.state = row.to ?? m.state;
        apply(row.action, m);
      }
    }), {
      numRuns: 10, endOnFailure: true,
      // One walk always goes the whole way: accepted, assigned, answered, fed back, rated, then published (the fourth step open once closed).
      examples: [[true, [
        ...Array.from({ length: 5 }, () => ({ mode: 'forward' as const, rightUser: 0, user: 'city', action: 0 })),
        { mode: 'open' as const, rightUser: 0, user: 'city', action: 3 },
      ]]],
    });
    // The walks must reach the author's rating to prove anything about reopening and publication.
    expect(taken).toContain(A.FEED_BACK);
    expect(taken).toContain(A.PUBLISH);
  }, 240_000);
});
