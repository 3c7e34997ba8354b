import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { codes, startTestApp, type ApiClient, type GqlResult, type TestApp } from '../../support/testkit/index.js';

/**
 * The care amounts and grant rules under a burst of administrators' changes at once: the row ends as exactly
 * one change left it (never fields of two), every answer is the change applied or a user error, and the
 * audit holds one line a change applied, naming that change's figures.
 */
const KIND = `mutation($input: AllowanceKindUpdateInput!) { allowanceKindUpdate(input: $input) { kind { nationalYuan municipalYuan } userErrors { code field } } }`;
const RULE = `mutation($input: GrantRuleUpdateInput!) { grantRuleUpdate(input: $input) { rule { thresholdYuan ratePercent capYuan } userErrors { code field } } }`;

type Figures = Record<string, unknown>;
type Row = { id: string } & Figures;
type AuditLine = { before: Figures; after: Figures };
type Answer = { figures: Figures | null; userErrors: { code: string; field?: string[] | null }[] };

let t: TestApp;
let admins: ApiClient[];

beforeAll(async () => {
  t = await startTestApp();
  // Eight sessions, so the burst is eight people's requests; signed in one after another, as sign-ins of one
  // account at once are throttled (account/bursts.spec.ts).
  admins = [];
  for (let i = 0; i < 8; i++) admins.push(await t.as('admin'));
}, 120_000);
afterAll(async () => { await t?.close(); });

/** Sends the inputs at once, one per administrator; every answer must be data, never a GraphQL error. */
async function burst(query: string, field: string, inputs: Record<string, unknown>[]): Promise<Answer[]> {
  const results: GqlResult[] = await Promise.all(inputs.map((input, i) => admins[i % admins.length]!.gql(query, { input })));
  for (const result of results) expect(result.errors).toBeUndefined();
  return results.map((r) => {
    const { userErrors, ...rest } = r.data[field];
    return { figures: Object.values(rest)[0] as Figures | null, userErrors };
  });
}

/** The audit lines of one row's changes by `action`. */
async function auditLines(action: string, globalId: string, typename: string): Promise<AuditLine[]> {
  const rows = await t.app.orm.em.fork().getConnection().execute(
    `select data from audit_entry where action = ? and subject_id = ?`, [action, idOf(globalId, typename)],
  ) as { data: AuditLine }[];
  return rows.map((r) => r.data);
}

const pick = (figures: Figures, keys: string[]) => Object.fromEntries(keys.map((k) => [k, figures[k] ?? null]));
const same = (a: Figures, b: Figures) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The lines as one history: starting at the seed, each line's before is where the one before it left the row,
 * every line is used once, and the last leaves what is stored.
 */
function walk(lines: AuditLine[], keys: string[], seed: Figures, stored: Figures) {
  const left = [...lines];
  let at = pick(seed, keys);
  while (left.length) {
    const next = left.findIndex((l) => same(pick(l.before, keys), at));
    if (next < 0) return { walked: lines.length - left.length, of: lines.length, endsAtStored: false };
    at = pick(left.splice(next, 1)[0]!.after, keys);
  }
  return { walked: lines.length, of: lines.length, endsAtStored: same(at, pick(stored, keys)) };
}

/** What every burst must show, given the inputs sent, the answers, the row as stored after, and its audit lines. */
function expectOneWholeChange(inputs: Figures[], answers: Answer[], refusals: string[], stored: Figures, seed: Figures, lines: AuditLine[]) {
  const keys = Object.keys(inputs[0]!);
  const applied = inputs.filter((_, i) => codes(answers[i]!).length === 0);
  answers.forEach((answer, i) => {
    if (codes(answer).length) {
      expect(refusals).toEqual(expect.arrayContaining(codes(answer)));
      expect(answer.figures).toBeNull();
    } else {
      // A change answers with the figures it set, whole, whatever the others did meanwhile.
      expect(pick(answer.figures!, keys)).toEqual(inputs[i]);
    }
  });
  expect(applied.length).toBeGreaterThan(0);
  // Stored: exactly one applied change, all its fields; never one of a refused change.
  expect(applied.filter((input) => same(pick(stored, keys), input))).toHaveLength(1);
  // One audit line a change applied, each naming that change's figures whole.
  expect(lines).toHaveLength(applied.length);
  expect(lines.map((l) => pick(l.after, keys))).toEqual(expect.arrayContaining(applied));
  expect(walk(lines, keys, seed, stored)).toEqual({ walked: lines.length, of: lines.length, endsAtStored: true });
}

describe('allowanceKindUpdate: eight administrators set the Spring Festival amounts at once', () => {
  it('the amounts end as one of them set both, with one audit line a change', async () => {
    const read = async () => ((await admins[0]!.ok(`{ allowanceKinds { id code nationalYuan municipalYuan } }`)).allowanceKinds as Row[])
      .find((k) => k.code === 'SPRING_FESTIVAL')!;
    const seed = await read();
    expect(seed).toMatchObject({ nationalYuan: 2_000, municipalYuan: 1_000 });
    // Every other change names the national amount as it stands, changing only the municipal one.
    const inputs = Array.from({ length: 8 }, (_, i) => ({ nationalYuan: i % 2 ? 2_000 : 2_100 + 100 * i, municipalYuan: 1_050 + 50 * i }));
    const answers = await burst(KIND, 'allowanceKindUpdate', inputs.map((figures) => ({ kind: seed.id, ...figures })));
    // Nothing refuses a valid amount: all eight are applied.
    expect(answers.map(codes)).toEqual(inputs.map(() => []));
    expectOneWholeChange(inputs, answers, [], await read(), seed, await auditLines('care.allowance_kind_update', seed.id, 'AllowanceKind'));
  });
});

describe('grantRuleUpdate: eight administrators change the serious-illness rule at once', () => {
  it('the rule ends as one of them set all three figures; a change clearing a needed figure is refused and leaves no line', async () => {
    const read = async () => ((await admins[0]!.ok(`{ grantRules { id cause thresholdYuan ratePercent capYuan } }`)).grantRules as Row[])
      .find((r) => r.cause === 'OWN_SERIOUS_ILLNESS')!;
    const seed = await read();
    expect(seed).toMatchObject({ thresholdYuan: 10_000, ratePercent: 25, capYuan: 25_000 });
    // Six valid changes, and two (the 3rd and the 7th) that would clear the rate the computation needs.
    const inputs = Array.from({ length: 8 }, (_, i) => ({ thresholdYuan: 11_000 + 500 * i, ratePercent: i === 2 || i === 6 ? null : 26 + i, capYuan: 26_000 + 1_000 * i }));
    const answers = await burst(RULE, 'grantRuleUpdate', inputs.map((figures) => ({ rule: seed.id, ...figures })));
    expect(answers.map(codes)).toEqual(inputs.map((input) => (input.ratePercent === null ? ['care/figure_required'] : [])));
    expect(answers[2]!.userErrors).toEqual([{ code: 'care/figure_required', field: ['ratePercent'] }]);
    expectOneWholeChange(inputs, answers, ['care/figure_required'], await read(), seed, await auditLines('care.rule_update', seed.id, 'GrantRule'));
  });
});
