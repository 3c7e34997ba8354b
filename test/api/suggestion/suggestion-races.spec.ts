import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { Suggestion } from '@laomo/server/modules/suggestion/suggestion.entity.js';
import { SuggestionAnswer } from '@laomo/server/modules/suggestion/suggestion-answer.entity.js';
import { done, organizationId, SAMPLE, startTestApp, type ApiClient, type TestApp, staggered } from '../../support/testkit/index.js';

let t: TestApp;
let author: ApiClient;
let handler: ApiClient;
let economics: string;
let rights: string;

beforeAll(async () => {
  t = await startTestApp();
  [author, handler] = await Promise.all([t.as('modelworker'), t.as('handler')]);
  [economics, rights] = await Promise.all([organizationId(t, '市总工会经济技术部'), organizationId(t, '市总工会权益保障部')]);
});
afterAll(async () => { await t?.close(); });

const payloadOf = (name: string) => `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { code } } }`;
const ACCEPT = payloadOf('suggestionAccept');
const DECLINE = payloadOf('suggestionDecline');
const ANSWER = payloadOf('suggestionAnswer');
const TRANSFER = payloadOf('suggestionTransfer');


type Sent = { data?: Record<string, { userErrors: { code: string }[] }> | null; errors?: unknown };
const codesOf = (sent: Sent, name: string) => sent.data![name]!.userErrors.map((e) => e.code);

/** What is stored of the suggestion: its state, handler, decline reason, answers (by handler) and step audit lines. */
async function stored(globalId: string) {
  const em = t.app.orm.em.fork();
  const id = idOf(globalId, 'Suggestion')!;
  const s = await em.findOneOrFail(Suggestion, id, { populate: ['handler'] });
  const answers = await em.find(SuggestionAnswer, { suggestion: id }, { populate: ['handler'] });
  const lines = await em.find(AuditEntry, { subjectId: id });
  return {
    state: s.state, handler: s.handler?.getEntity().name ?? null, declineReason: s.declineReason ?? null,
    answeredBy: answers.map((a) => a.handler.getEntity().name),
    steps: lines.map((l) => l.action).filter((a) => a !== 'suggestion.submit').sort(),
  };
}

describe('two offices acting on one suggestion at once', () => {
  it('accepted and declined at once by two of the city office’s sessions, it is either accepted or declined, not both', async () => {
    const [one, other] = await Promise.all([t.as('city'), t.as('city')]);
    for (let round = 0; round < 4; round++) {
      const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: `同时受理与不予受理 ${round}`, publishConsent: false });
      const [accept, decline] = await Promise.all([
        one.gql(ACCEPT, { input: { suggestion: id } }) as Promise<Sent>,
        staggered(round).then(() => other.gql(DECLINE, { input: { suggestion: id, reason: '不属于建言范围' } }) as Promise<Sent>),
      ]);
      expect(accept.errors ?? decline.errors).toBeUndefined();
      const accepted = codesOf(accept, 'suggestionAccept');
      const declined = codesOf(decline, 'suggestionDecline');
      expect([accepted.length, declined.length].sort()).toEqual([0, 1]);
      expect(await stored(id)).toEqual(accepted.length === 0
        ? { state: 'ACCEPTED', handler: null, declineReason: null, answeredBy: [], steps: ['suggestion.accept'] }
        : { state: 'DECLINED', handler: null, declineReason: '不属于建言范围', answeredBy: [], steps: ['suggestion.decline'] });
    }
  });

  it('answered by its handler while the office transfers it, the answer is the handler’s of record or none is taken', async () => {
    const city = await t.as('city');
    for (let round = 0; round < 4; round++) {
      const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: `同时答复与转办 ${round}`, publishConsent: false });
      await done(city, 'suggestionAccept', { suggestion: id });
      await done(city, 'suggestionAssign', { suggestion: id, handler: rights });
      const [answer, transfer] = await Promise.all([
        handler.gql(ANSWER, { input: { suggestion: id, outcome: 'WILL_ADOPT', content: '已纳入明年工作要点。' } }) as Promise<Sent>,
        staggered(round).then(() => city.gql(TRANSFER, { input: { suggestion: id, handler: economics, reason: '职责调整' } }) as Promise<Sent>),
      ]);
      expect(answer.errors ?? transfer.errors).toBeUndefined();
      const answered = codesOf(answer, 'suggestionAnswer');
      const transferred = codesOf(transfer, 'suggestionTransfer');
      expect([answered.length, transferred.length].sort()).toEqual([0, 1]);
      const steps = ['suggestion.accept', 'suggestion.assign'];
      expect(await stored(id)).toEqual(answered.length === 0
        ? { state: 'ANSWERED', handler: '市总工会权益保障部', declineReason: null, answeredBy: ['市总工会权益保障部'], steps: [...steps, 'suggestion.answer'].sort() }
        : { state: 'ASSIGNED', handler: '市总工会经济技术部', declineReason: null, answeredBy: [], steps: [...steps, 'suggestion.transfer'].sort() });
    }
  });
});
