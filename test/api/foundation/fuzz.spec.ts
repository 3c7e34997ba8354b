/**
 * A schema-driven fuzz of every query and mutation, time-boxed: arguments made of edge cases
 * (empty, huge, NUL, negative, wrong or forged ids, impossible dates), sent as a visitor, a member of
 * the public and an administrator. Any refusal is fine; an internal error (or an HTTP 5xx) fails.
 * The seed is printed so that a failure can be replayed with LAOMO_FUZZ_SEED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

const BUDGET_MS = Number(process.env.LAOMO_FUZZ_MS ?? 50_000);
// A new seed on every developer's run, to find what no run found yet; a fixed one in CI, so that whether a change
// lands does not depend on the draw (each seed a developer's run fails on is a bug to fix, replayed with the seed).
const SEED = Number(process.env.LAOMO_FUZZ_SEED ?? (process.env.CI ? 34_300 : Date.now() % 100_000));
/** Mutations that would end the fuzzing client's own session. */
const SKIPPED = new Set(['sessionDelete']);

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputValue { name: string; type: TypeRef; defaultValue: string | null }
interface Field { name: string; args: InputValue[]; type: TypeRef }
interface FullType { kind: string; name: string; fields: Field[] | null; inputFields: InputValue[] | null; enumValues: { name: string }[] | null; possibleTypes: { name: string }[] | null }

const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types {
  kind name
  fields { name args { name defaultValue type { ...T } } type { ...T } }
  inputFields { name defaultValue type { ...T } }
  enumValues { name } possibleTypes { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** mulberry32: small, seedable, good enough to pick cases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

const forged = (text: string) => Buffer.from(text).toString('base64url');
const STRINGS = [
  '', ' ', 'a', '张', 'x'.repeat(5000), '\u0000', 'a\u0000b', '😀🀄', '\'; drop table account; --', '%_\\', '<script>alert(1)</script>',
  '2026-03-03', '2026-02-30', '9999-12-31', '0000-01-01', '-0001-01-01', '2026-03-03T10:00:00Z', '13800000001', '1380000000', 'Laomo@2026',
  forged('Notice:not-a-uuid'), forged('Account:00000000-0000-0000-0000-000000000000'), forged('Nope:1'), '!!!', 'bm9wZQ', 'o:1', forged('o:99999999'),
];
const INTS = [0, -1, 1, 2, 5, 20, 100, 101, 2026, 2147483647, -2147483648];
const DATES = ['2026-03-03T10:00:00.000Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-13-45T99:00:00Z', ''];

const unwrap = (type: TypeRef): TypeRef => (type.ofType ? unwrap(type.ofType) : type);
const typeName = (type: TypeRef): string => type.kind === 'NON_NULL' ? `${typeName(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeName(type.ofType!)}]` : type.name!;

class Fuzzer {
  readonly types: Map<string, FullType>;
  /** Global ids seen in answers, so that real objects (of the right type or not) are tried too. */
  readonly ids = new Set<string>();
  readonly rng = random(SEED);
  /** One edge case given to every text argument of a request (with real ids beside it), or none. */
  private theme: string | null = null;

  constructor(types: FullType[]) {
    this.types = new Map(types.map((type) => [type.name, type]));
  }

  value(type: TypeRef, depth = 0): unknown {
    const { next, pick } = this.rng;
    if (type.kind === 'NON_NULL') return this.value(type.ofType!, depth);
    if (next() < 0.08) return null;
    if (type.kind === 'LIST') {
      const length = pick([0, 1, 1, 2, 3, 60]);
      return Array.from({ length }, () => this.value(type.ofType!, depth + 1));
    }
    const named = this.types.get(type.name!)!;
    if (named.kind === 'ENUM') return next() < 0.05 ? 'NOT_A_VALUE' : pick(named.enumValues!).name;
    if (named.kind === 'INPUT_OBJECT') {
      const fields = named.inputFields!.filter((f) => f.type.kind === 'NON_NULL' || (depth < 3 && next() < 0.6));
      return Object.fromEntries(fields.map((f) => [f.name, this.value(f.type, depth + 1)]));
    }
    switch (named.name) {
      case 'Int': return pick(INTS);
      case 'Float': return pick([0, -1, 0.5, 1e308, -1e308]);
      case 'Boolean': return next() < 0.5;
      case 'DateTimeISO': return pick(DATES);
      case 'ID': return this.ids.size && next() < 0.6 ? pick([...this.ids]) : pick(STRINGS);
      default: return this.theme ?? (next() < 0.2 && this.ids.size ? pick([...this.ids]) : pick(STRINGS));
    }
  }

  /** Every leaf field without required arguments, and objects two levels down. */
  selection(type: TypeRef, depth = 0): string {
    const named = this.types.get(unwrap(type).name!)!;
    if (named.kind === 'SCALAR' || named.kind === 'ENUM') return '';
    const parts = ['__typename'];
    if (named.kind === 'UNION' || named.kind === 'INTERFACE') {
      for (const possible of named.possibleTypes ?? []) {
        const inner = this.selection({ kind: 'OBJECT', name: possible.name, ofType: null }, depth + 1);
        if (inner) parts.push(`... on ${possible.name} ${inner}`);
      }
      return `{ ${parts.join(' ')} }`;
    }
    for (const field of named.fields ?? []) {
      if (field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
      const kind = this.types.get(unwrap(field.type).name!)!.kind;
      if (kind === 'SCALAR' || kind === 'ENUM') parts.push(field.name);
      else if (depth < 2) parts.push(`${field.name} ${this.selection(field.type, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  operation(kind: 'query' | 'mutation', field: Field, theme?: string): { query: string; variables: Record<string, unknown> } {
    this.theme = theme ?? (this.rng.next() < 0.4 ? this.rng.pick(STRINGS) : null);
    const args = field.args.filter((a) => a.type.kind === 'NON_NULL' || this.rng.next() < 0.7);
    const declared = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
    const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${this.selection(field.type)} }`;
    return { query, variables: Object.fromEntries(args.map((a) => [a.name, this.value(a.type)])) };
  }

  collectIds(value: unknown): void {
    if (Array.isArray(value)) value.forEach((v) => this.collectIds(v));
    else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) {
        if (name === 'id' && typeof inner === 'string' && this.ids.size < 500) this.ids.add(inner);
        else this.collectIds(inner);
      }
    }
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedOpenNotice(t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00' } });
  t.clock.set('2026-03-03');
});
afterAll(async () => { await t.close(); });

describe('schema-driven fuzz', () => {
  it(`no query or mutation answers an internal error, whatever its arguments (seed ${SEED})`, async () => {
    const { __schema: schema } = await t.anonymous().ok(INTROSPECTION);
    const fuzzer = new Fuzzer(schema.types);
    const fields = (name: string, kind: 'query' | 'mutation') => fuzzer.types.get(name)!.fields!.filter((f) => !SKIPPED.has(f.name)).map((f) => ({ kind, field: f }));
    const operations = [...fields(schema.queryType.name, 'query'), ...fields(schema.mutationType.name, 'mutation')];
    const clients: [string, ApiClient][] = [['visitor', t.anonymous()], ['public', await t.as('public', 'en')], ['admin', await t.as('admin')]];
    const failures = new Map<string, string>();
    const started = performance.now();
    let requests = 0;
    const outcomes = new Map<string, number>();
    // Every operation at least once per client with NUL in all its text (the queries first, so that
    // the mutations meet real ids), then random cases until the budget is spent.
    const plan = clients.flatMap(([who, client]) => operations.map((op) => ({ who, client, ...op, theme: 'a\u0000b' as string | undefined })));
    for (let round = 0; round * 4 < plan.length || performance.now() - started < BUDGET_MS; round += 1) {
      const batch = round * 4 < plan.length ? plan.slice(round * 4, round * 4 + 4) : Array.from({ length: 4 }, () => ({ ...fuzzer.rng.pick(plan), theme: undefined }));
      await Promise.all(batch.map(async ({ who, client, kind, field, theme }) => {
        const { query, variables } = fuzzer.operation(kind, field, theme);
        const response = await fetch(`${client.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookieHeader },
          body: JSON.stringify({ query, variables }),
        });
        requests += 1;
        const body = await response.json() as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        fuzzer.collectIds(body.data);
        const outcome = body.errors?.[0]?.extensions?.code ?? ((body.data as Record<string, { userErrors?: unknown[] }>)?.[field.name]?.userErrors?.length ? 'userErrors' : 'answered');
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        const internal = body.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (response.status >= 500 || internal) {
          const key = `${field.name} (${who})`;
          if (!failures.has(key)) failures.set(key, `HTTP ${response.status}: ${JSON.stringify(variables).slice(0, 400)}`);
        }
      }));
    }
    console.info(`[fuzz] seed ${SEED}: ${requests} requests over ${operations.length} operations in ${Math.round(performance.now() - started)} ms:`, Object.fromEntries(outcomes));
    expect(requests).toBeGreaterThanOrEqual(plan.length);
    expect(Object.fromEntries(failures)).toEqual({});
  }, BUDGET_MS + 120_000);
});
