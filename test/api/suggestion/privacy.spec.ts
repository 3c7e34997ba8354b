import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, readSuggestion, readSuggestionBothWays, startTestApp, step, suggestionRated, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let author: ApiClient;
let city: ApiClient;
let handler: ApiClient;
let unpublished: string;
let published: string;

/** A new suggestion of the demo model worker, walked to their rating, with or without consent to publish. */
const answered = (publishConsent: boolean, title: string) => suggestionRated(t, { author, city, handler }, { title, publishConsent });

beforeAll(async () => {
  t = await startTestApp();
  [author, city, handler] = await Promise.all([t.as('modelworker'), t.as('city'), t.as('handler')]);
  unpublished = await answered(false, '关于未公开建议的测试标题');
  published = await answered(true, '关于已公开建议的测试标题');
  await done(city, 'suggestionPublish', { suggestion: published });
});
afterAll(async () => { await t?.close(); });

describe('unpublished suggestions never reach the public', () => {
  it('publishing without the author’s consent is refused', async () => {
    const refused = await step(city, 'suggestionPublish', { suggestion: unpublished });
    expect(refused.userErrors.map((e) => e.code)).toEqual(['suggestion/consent_required']);
  });

  it('an anonymous visitor gets nothing of an unpublished suggestion, by query, by node or by list', async () => {
    const visitor = t.anonymous();
    expect(await readSuggestion(visitor, unpublished)).toBeNull();
    const node = await visitor.ok(`query($id: ID!) { node(id: $id) { id ... on Suggestion { title } } }`, { id: unpublished });
    expect(node.node).toBeNull();
    const list = await visitor.ok(`{ publishedSuggestions(first: 100) { nodes { id } } }`);
    const ids = list.publishedSuggestions.nodes.map((n: any) => n.id);
    expect(ids).toContain(published);
    expect(ids).not.toContain(unpublished);
  });

  it('an anonymous visitor cannot list the staff overview, a queue or anyone’s suggestions', async () => {
    const visitor = t.anonymous();
    for (const query of ['{ suggestions { totalCount } }', '{ suggestionQueue { totalCount } }', '{ mySuggestions { totalCount } }']) {
      const result = await visitor.gql(query);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('another model worker, not a party, cannot read it either', async () => {
    expect(await readSuggestion(author, unpublished)).toMatchObject({ title: '关于未公开建议的测试标题' });
    expect(await readSuggestion(await t.as('yanghaiyan'), unpublished)).toBeNull();
  });

  it('withdrawing consent takes a published suggestion down at once', async () => {
    const id = await answered(true, '关于撤回同意的测试标题');
    await done(city, 'suggestionPublish', { suggestion: id });
    expect(await readSuggestion(t.anonymous(), id)).not.toBeNull();
    await done(author, 'suggestionConsentSet', { suggestion: id, consent: false });
    expect(await readSuggestion(t.anonymous(), id)).toBeNull();
  });
});

describe('a published suggestion shows its author by name only', () => {
  it('shows the suggestion and its answer, but no handling file, rating or author contact', async () => {
    const visitor = t.anonymous();
    const s = await readSuggestion(visitor, published);
    expect(s).toMatchObject({ title: '关于已公开建议的测试标题', authorName: '张建国', handling: null, viewerActions: [] });
    expect(s!.answers).toEqual([expect.objectContaining({ content: '已纳入明年工作要点，由权益保障部牵头落实。', rating: null })]);
    const raw = JSON.stringify(await readSuggestionBothWays(visitor, published));
    expect(raw).not.toContain('13800000002'); // the author's phone
    expect(raw).not.toContain('北京燕京精密机械'); // nor where the author works
  });

  it('the public types have no field for contact details at all', async () => {
    const schema = await t.anonymous().ok(`{
      s: __type(name: "Suggestion") { fields { name } }
      a: __type(name: "SuggestionAnswer") { fields { name } }
    }`);
    const names = [...schema.s.fields, ...schema.a.fields].map((f: any) => f.name);
    for (const personal of ['author', 'phone', 'idNumber', 'address', 'account', 'answeredBy']) expect(names).not.toContain(personal);
  });

  it('counts each year: received, answered on time and adopted', async () => {
    await done(city, 'suggestionMarkAdopted', { suggestion: published });
    const stats = await t.anonymous().ok(`{ suggestionYearStats { year received answeredOnTime adopted published } }`);
    const year = stats.suggestionYearStats.find((y: any) => y.year === new Date().getFullYear());
    expect(year.received).toBeGreaterThanOrEqual(3);
    expect(year.answeredOnTime).toBeGreaterThanOrEqual(3);
    expect(year.adopted).toBeGreaterThanOrEqual(1);
    const y2025 = stats.suggestionYearStats.find((y: any) => y.year === 2025);
    expect(y2025).toMatchObject({ received: 6, adopted: 4, published: 5 });
  });
});
